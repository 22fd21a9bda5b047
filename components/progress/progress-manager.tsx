'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { KeptAsideList } from '@/components/progress/kept-aside-list';
import { downloadJson } from '@/components/ui/download';
import type { ProgressState } from '@/lib/quiz-play/progress-schema';
import { countedByYouInProgress, summarizeQuiz } from '@/lib/quiz-play/progress-summary';
import { useAttemptStoreApi } from '@/store/attempt-store';
import { useProgressHydrated, useProgressStore, useProgressStoreApi } from '@/store/progress-store';

interface Props {
  quizzes: { slug: string; title: string; questionIds: string[] }[];
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** An import waiting for the learner's yes, because it would replace progress this browser has. */
interface PendingImport {
  fileName: string;
  exportedAt: string | null;
  progress: ProgressState;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "1 answer counted by you" ("I was right" on a typed answer), or nothing. */
function countedByYouText(count: number): string | null {
  return count > 0 ? `${plural(count, 'answer', 'answers')} counted by you` : null;
}

/** "2 quizzes (Korea – Foreign Relations, 1 article of your own), 5 finished attempts, 3 reviews". */
function describeProgress(progress: ProgressState, titles: ReadonlyMap<string, string>): string {
  const slugs = Object.keys(progress.quizzes);
  if (slugs.length === 0) return 'no progress at all';
  const named = slugs.flatMap((slug) => {
    const title = titles.get(slug);
    return title ? [title] : [];
  });
  const own = slugs.length - named.length;
  const which = [
    ...named,
    ...(own > 0 ? [plural(own, 'article of your own', 'articles of your own')] : []),
  ];
  const attempts = slugs.reduce(
    (sum, slug) => sum + (progress.quizzes[slug]?.attempts.length ?? 0),
    0,
  );
  const reviews = slugs.reduce(
    (sum, slug) =>
      sum +
      Object.values(progress.quizzes[slug]?.questions ?? {}).filter((question) => question.card)
        .length,
    0,
  );
  return `${plural(slugs.length, 'quiz', 'quizzes')} (${which.join(', ')}), ${plural(attempts, 'finished attempt', 'finished attempts')} and ${plural(reviews, 'question', 'questions')} scheduled for review`;
}

/** Per-quiz summary, and export, import (validated; a bad file changes nothing) and reset. */
export function ProgressManager({ quizzes }: Props) {
  const hydrated = useProgressHydrated();
  const progress = useProgressStore((state) => state.quizzes);
  const progressApi = useProgressStoreApi();
  const attemptApi = useAttemptStoreApi();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  if (!hydrated) return <p className="mt-8 min-h-32 text-muted">Loading your progress…</p>;

  const now = new Date();
  const titles = new Map(quizzes.map((quiz) => [quiz.slug, quiz.title]));
  // The file format brings its validators (zod), so it loads when the learner exports or imports,
  // not with the page; offline before it was ever cached, say so instead of doing nothing.
  const loadFileFormat = () =>
    import('@/store/progress-file').catch(() => {
      setMessage({
        kind: 'error',
        text: 'This needs a part of Cited that has not loaded. Check your connection and try again.',
      });
      return null;
    });
  const exportFile = async () => {
    const format = await loadFileFormat();
    if (!format) return;
    const { progressFile, progressFileName } = format;
    const name = progressFileName(now);
    downloadJson(name, progressFile({ quizzes: progressApi.getState().quizzes }, now));
    setMessage({ kind: 'ok', text: `Exported your progress as ${name}.` });
  };

  const applyImport = (progress: ProgressState) => {
    progressApi.getState().replaceAll(progress);
    setPendingImport(null);
    const count = Object.keys(progress.quizzes).length;
    setMessage({
      kind: 'ok',
      text: `Imported progress for ${plural(count, 'quiz', 'quizzes')}.`,
    });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const format = await loadFileFormat();
    if (fileInput.current) fileInput.current.value = '';
    if (!format) return;
    const result = format.parseProgressFile(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    setMessage(null);
    // Replacing nothing needs no question; replacing something does, with what would go.
    if (Object.keys(progressApi.getState().quizzes).length === 0) {
      applyImport(result.progress);
      return;
    }
    setPendingImport({
      fileName: file.name,
      exportedAt: result.exportedAt,
      progress: result.progress,
    });
  };

  const reset = () => {
    progressApi.getState().reset();
    for (const slug of Object.keys(attemptApi.getState().attempts)) {
      attemptApi.getState().discard(slug);
    }
    setConfirming(false);
    setMessage({ kind: 'ok', text: 'Your progress has been reset.' });
  };

  return (
    <div className="mt-8 grid gap-8">
      <section aria-labelledby="per-quiz-heading">
        <h2 id="per-quiz-heading" className="text-xl font-semibold">
          Quizzes
        </h2>
        <ul className="mt-3 grid gap-3">
          {quizzes.map((quiz) => {
            const summary = summarizeQuiz(progress[quiz.slug], now, new Set(quiz.questionIds));
            return (
              <li key={quiz.slug} className="rounded-lg border border-border p-4">
                <Link
                  href={`/quiz/${quiz.slug}`}
                  className="font-semibold text-accent underline underline-offset-4"
                >
                  {quiz.title}
                </Link>
                <p className="mt-1">
                  {[
                    summary.bestPercent === null
                      ? summary.dueCount > 0
                        ? null
                        : 'Not taken yet.'
                      : `Attempts: ${summary.attempts} · Best ${summary.bestPercent}% · Last ${summary.lastPercent ?? 0}%`,
                    summary.dueCount > 0 ? `${summary.dueCount} due for review` : null,
                    countedByYouText(countedByYouInProgress(progress[quiz.slug])),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading" className="text-xl font-semibold">
          Export and import
        </h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => void exportFile()}
            className="min-h-12 rounded-lg bg-accent px-5 font-semibold text-accent-fg"
          >
            Export progress
          </button>
          <label className="relative inline-flex min-h-12 cursor-pointer items-center rounded-lg border-2 border-accent px-5 font-semibold text-accent focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-[var(--focus)]">
            Import progress…
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              onChange={(event) => void importFile(event.target.files?.[0])}
              className="absolute inset-0 cursor-pointer opacity-0"
            />
          </label>
        </div>
        <p className="mt-2 text-sm text-muted">
          Importing replaces the progress in this browser; you are asked first if there is any.
        </p>
        {pendingImport ? (
          <div
            role="region"
            aria-labelledby="replace-heading"
            className="mt-3 grid gap-3 rounded-lg border-2 border-bad p-4"
          >
            <h3 id="replace-heading" className="text-lg font-semibold">
              Replace the progress in this browser?
            </h3>
            <p>
              {pendingImport.fileName}
              {pendingImport.exportedAt
                ? ` (exported ${new Date(pendingImport.exportedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })})`
                : ''}{' '}
              holds {describeProgress(pendingImport.progress, titles)}.
            </p>
            <p>
              Importing it replaces what this browser has now:{' '}
              <strong>{describeProgress({ quizzes: progress }, titles)}</strong>. Export first if
              you may want it back.
            </p>
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                onClick={() => applyImport(pendingImport.progress)}
                className="min-h-12 rounded-lg bg-bad px-5 font-semibold text-bg"
              >
                Replace my progress
              </button>
              <button
                type="button"
                onClick={() => void exportFile()}
                className="min-h-12 rounded-lg border-2 border-accent px-5 font-semibold text-accent"
              >
                Export what I have first
              </button>
              <button
                type="button"
                onClick={() => setPendingImport(null)}
                className="min-h-12 rounded-lg border border-border px-5 font-semibold"
              >
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        <div aria-live="polite" role="status">
          {message?.kind === 'ok' ? (
            <p className="mt-3 font-semibold text-ok">{message.text}</p>
          ) : null}
        </div>
        <div role="alert">
          {message?.kind === 'error' ? (
            <p className="mt-3 font-semibold text-bad">{message.text}</p>
          ) : null}
        </div>
      </section>

      <KeptAsideList />

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading" className="text-xl font-semibold">
          Reset
        </h2>
        {confirming ? (
          <div className="mt-3 rounded-lg border-2 border-bad p-4">
            <p>
              Delete every score, answer and review date kept in this browser? This cannot be
              undone. Export first if you may want it back.
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <button
                type="button"
                onClick={reset}
                className="min-h-12 rounded-lg bg-bad px-5 font-semibold text-bg"
              >
                Yes, reset my progress
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                className="min-h-12 rounded-lg border border-border px-5 font-semibold"
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="mt-3 min-h-12 rounded-lg border-2 border-bad px-5 font-semibold text-bad"
          >
            Reset progress…
          </button>
        )}
      </section>
    </div>
  );
}
