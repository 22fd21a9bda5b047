'use client';

import type { ChoiceQuestion as ChoiceQuestionData } from '@/lib/quiz-play/question-shape';
import { CheckIcon, CrossIcon } from './icons';
import { QuestionLegend } from './question-legend';

interface Props {
  question: ChoiceQuestionData;
  options: string[];
  value: string | undefined;
  onChange: (value: string) => void;
  /** Once answered, the options are locked and marked. */
  answered: { given: string } | null;
}

/** Every single-choice type (QUESTION_KINDS shape 'choice'): one native radio group. */
export function ChoiceQuestion({ question, options, value, onChange, answered }: Props) {
  const evidence = question.type === 'evidence';
  return (
    <fieldset>
      <QuestionLegend question={question} />
      <p className="mt-1 mb-2 text-sm text-muted sm:mb-3">
        {evidence ? 'Choose the sentence that proves it.' : 'Choose one answer.'}{' '}
        <span className="hidden sm:inline">Keys 1–{Math.min(options.length, 9)} choose.</span>
      </p>
      <ul className="grid gap-2">
        {options.map((option, index) => {
          const checked = answered ? answered.given === option : value === option;
          const isRight = answered && option === question.answer;
          const isWrongPick = answered && checked && option !== question.answer;
          return (
            <li key={option}>
              <label
                className={[
                  'flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 px-3 py-2.5 max-sm:py-2',
                  isRight
                    ? 'border-ok bg-ok-soft'
                    : isWrongPick
                      ? 'border-bad bg-bad-soft'
                      : checked
                        ? 'border-accent bg-accent-soft'
                        : 'border-border hover:border-accent',
                  answered ? 'cursor-default' : '',
                ].join(' ')}
              >
                <input
                  type="radio"
                  name={`answer-${question.id}`}
                  value={option}
                  checked={checked}
                  disabled={!!answered && !checked}
                  onChange={() => (answered ? undefined : onChange(option))}
                  className="mt-1 size-5 shrink-0 accent-accent"
                />
                <span
                  aria-hidden="true"
                  className="hidden w-4 shrink-0 pt-0.5 text-sm text-muted sm:inline"
                >
                  {index + 1}
                </span>
                <span
                  className={evidence ? 'font-serif text-lg leading-snug' : 'text-base sm:text-lg'}
                >
                  {option}
                </span>
                {isRight ? (
                  <span className="ml-auto flex shrink-0 items-center gap-1 pt-0.5 text-sm font-semibold text-ok">
                    <CheckIcon /> Right answer
                  </span>
                ) : isWrongPick ? (
                  <span className="ml-auto flex shrink-0 items-center gap-1 pt-0.5 text-sm font-semibold text-bad">
                    <CrossIcon /> Your answer
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
