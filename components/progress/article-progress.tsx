'use client';

import { useMemo } from 'react';
import { summarizeQuiz } from '@/lib/quiz-play/progress-summary';
import { useAttemptHydrated, useAttemptStore } from '@/store/attempt-store';
import { useProgressHydrated, useProgressStore } from '@/store/progress-store';

/** The library's per-article line: best and last score and reviews due, from this browser's progress. */
export function ArticleProgress({ slug, questionIds }: { slug: string; questionIds: string[] }) {
  const progressHydrated = useProgressHydrated();
  const attemptHydrated = useAttemptHydrated();
  const hydrated = progressHydrated && attemptHydrated;
  const progress = useProgressStore((state) => state.quizzes[slug]);
  // Only the numbers are selected, so the line re-renders when they change and not on every answer's details.
  const answered = useAttemptStore((state) => {
    const attempt = state.attempts[slug];
    return attempt && !attempt.finishedAt ? Object.keys(attempt.answers).length : null;
  });
  const asked = useAttemptStore((state) => state.attempts[slug]?.questionIds.length ?? 0);
  const known = useMemo(() => new Set(questionIds), [questionIds]);
  // Before hydration the server and the first client render agree on an empty line of the same height.
  if (!hydrated) return <p className="min-h-6 text-sm" aria-hidden="true" />;
  const summary = summarizeQuiz(progress, new Date(), known);
  const inProgress =
    answered !== null ? (
      <>
        In progress: {answered} of {asked} answered
      </>
    ) : null;
  if (summary.bestPercent === null && summary.dueCount === 0) {
    return <p className="min-h-6 text-sm text-muted">{inProgress ?? 'Quiz not taken yet.'}</p>;
  }
  return (
    <p className="min-h-6 text-sm">
      {inProgress ? <>{inProgress} · </> : null}
      {summary.bestPercent !== null ? (
        <>
          Best <strong>{summary.bestPercent}%</strong> · Last{' '}
          <strong>{summary.lastPercent ?? 0}%</strong>
        </>
      ) : null}
      {summary.dueCount > 0 ? (
        <>
          {summary.bestPercent !== null ? ' · ' : null}
          <strong>{summary.dueCount}</strong> due for review
        </>
      ) : null}
    </p>
  );
}
