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
      <p id={`${inputId}-hint`} className="text-muted text-sm">
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
        className="border-border bg-bg focus:border-accent mt-2 min-h-12 w-full rounded-lg border-2 px-3 text-lg read-only:opacity-80"
      />
    </div>
  );
}
