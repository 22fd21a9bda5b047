'use client';

import type { Question } from '@/lib/quiz-engine/schema';
import { CheckIcon, CrossIcon } from './icons';
import { QuestionLegend } from './question-legend';

interface Props {
  question: Extract<Question, { type: 'matching' }>;
  /** The positions in this attempt's order. */
  options: string[];
  value: string[];
  onChange: (value: string[]) => void;
  answered: boolean;
}

/** One labelled native select per actor: works with a keyboard, a screen reader and a thumb. */
export function MatchingQuestion({ question, options, value, onChange, answered }: Props) {
  return (
    <fieldset>
      <QuestionLegend question={question} />
      <p className="mt-1 mb-3 text-sm text-muted">Choose a position for each one.</p>
      <ul className="grid gap-4">
        {question.items.map((item, index) => {
          const id = `match-${question.id}-${index}`;
          const chosen = value[index] ?? '';
          const right = question.answer[index];
          return (
            <li key={item} className="rounded-lg border border-border p-3">
              <label htmlFor={id} className="block text-lg font-semibold">
                {item}
              </label>
              <select
                id={id}
                value={chosen}
                disabled={answered}
                onChange={(event) => {
                  const next = question.items.map((_, i) => value[i] ?? '');
                  next[index] = event.target.value;
                  onChange(next);
                }}
                className="mt-2 min-h-12 w-full rounded-lg border-2 border-border bg-bg px-2 text-base disabled:opacity-90"
              >
                <option value="">Choose a position…</option>
                {options.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
              {answered ? (
                chosen === right ? (
                  <p className="mt-2 flex items-center gap-1 font-semibold text-ok">
                    <CheckIcon /> Right
                  </p>
                ) : (
                  <p className="mt-2 flex items-center gap-1 font-semibold text-bad">
                    <CrossIcon /> Not this one
                  </p>
                )
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
