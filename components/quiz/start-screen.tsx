'use client';

import type { AttemptMode } from '@/lib/quiz-play/attempt-plan';
import type { QuizSummary } from '@/lib/quiz-play/progress-summary';

interface Props {
  questionCount: number;
  mode: 'practice' | 'test';
  onModeChange: (mode: 'practice' | 'test') => void;
  summary: QuizSummary;
  missedLastTime: string[];
  dueIds: string[];
  onStart: (mode: AttemptMode, only?: string[]) => void;
}

const MODES: { mode: 'practice' | 'test'; title: string; detail: string }[] = [
  {
    mode: 'practice',
    title: 'Practice',
    detail: 'See whether you are right, and why, after each question.',
  },
  { mode: 'test', title: 'Test', detail: 'Answer everything first; see how you did at the end.' },
];

/**
 * Under the opening question, before an attempt: what the quiz is, how it has gone so far, and how to
 * play it. It sits below the question so that what the stores add after hydration (scores, retry and
 * review) never moves the question.
 */
export function StartScreen({
  questionCount,
  mode,
  onModeChange,
  summary,
  missedLastTime,
  dueIds,
  onStart,
}: Props) {
  return (
    <section aria-labelledby="quiz-start" className="mt-8 grid gap-4 border-t border-border pt-4">
      <h2 id="quiz-start" tabIndex={-1} className="text-xl font-semibold">
        How do you want to play?
      </h2>
      <p>
        {questionCount} questions. Every answer links to the sentence of the article that proves it.
        Your first answer starts the quiz.
      </p>
      {summary.attempts > 0 || summary.bestPercent !== null ? (
        <p className="rounded-lg bg-surface p-3">
          Best score: <strong>{summary.bestPercent ?? 0}%</strong> · Last score:{' '}
          <strong>{summary.lastPercent ?? 0}%</strong>
        </p>
      ) : null}
      <fieldset>
        <legend className="sr-only">Mode</legend>
        <div className="grid gap-2">
          {MODES.map((option) => (
            <label
              key={option.mode}
              className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 p-3 ${mode === option.mode ? 'border-accent bg-accent-soft' : 'border-border'}`}
            >
              <input
                type="radio"
                name="mode"
                value={option.mode}
                checked={mode === option.mode}
                onChange={() => onModeChange(option.mode)}
                className="mt-1 size-5 shrink-0 accent-accent"
              />
              <span>
                <span className="block text-lg font-semibold">{option.title}</span>
                <span className="text-muted">{option.detail}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {missedLastTime.length > 0 || dueIds.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          {missedLastTime.length > 0 ? (
            <button
              type="button"
              onClick={() => onStart('retry', missedLastTime)}
              className="min-h-12 rounded-lg border-2 border-accent px-4 font-semibold text-accent"
            >
              Retry the {missedLastTime.length} you missed last time
            </button>
          ) : null}
          {dueIds.length > 0 ? (
            <button
              type="button"
              onClick={() => onStart('review', dueIds)}
              className="min-h-12 rounded-lg border-2 border-accent px-4 font-semibold text-accent"
            >
              Review {dueIds.length} due {dueIds.length === 1 ? 'question' : 'questions'}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
