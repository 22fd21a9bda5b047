'use client';

import { useMemo } from 'react';
import { summarizeQuiz } from '@/lib/quiz-play/progress-summary';
import { useProgressHydrated, useProgressStore } from '@/store/progress-store';

/** The library's per-article line: best and last score and reviews due, from this browser's progress. */
export function ArticleProgress({ slug, questionIds }: { slug: string; questionIds: string[] }) {
  const hydrated = useProgressHydrated();
  const progress = useProgressStore((state) => state.quizzes[slug]);
  const known = useMemo(() => new Set(questionIds), [questionIds]);
  // Before hydration the server and the first client render agree on an empty line of the same height.
  if (!hydrated) return <p className="min-h-6 text-sm" aria-hidden="true" />;
  const summary = summarizeQuiz(progress, new Date(), known);
  if (summary.bestPercent === null && summary.dueCount === 0) {
    return <p className="min-h-6 text-sm text-muted">Quiz not taken yet.</p>;
  }
  return (
    <p className="min-h-6 text-sm">
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
