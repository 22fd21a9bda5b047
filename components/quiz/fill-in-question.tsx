'use client';

import type { Question } from '@/lib/quiz-engine/schema';
import { QuestionHeading } from './question-legend';

interface Props {
  question: Extract<Question, { type: 'fill-in' }>;
  value: string;
  onChange: (value: string) => void;
  answered: boolean;
}

export function FillInQuestion({ question, value, onChange, answered }: Props) {
  const inputId = `answer-${question.id}`;
  return (
    <div>
      <QuestionHeading question={question} />
      <label htmlFor={inputId} className="mt-4 block font-semibold">
        Your answer
      </label>
      <p id={`${inputId}-hint`} className="text-sm text-muted">
        Capitals, accents and a small typo don’t count against you.
      </p>
      <input
        id={inputId}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        readOnly={answered}
        aria-describedby={`${inputId}-hint`}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="done"
        className="mt-2 min-h-12 w-full rounded-lg border-2 border-border bg-bg px-3 text-lg read-only:opacity-80 focus:border-accent"
      />
    </div>
  );
}
