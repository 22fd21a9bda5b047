'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { summarizeQuiz } from '@/lib/quiz-play/progress-summary';
import { useAttemptStoreApi } from '@/store/attempt-store';
import { parseProgressFile, progressFile, progressFileName } from '@/store/progress-file';
import { useProgressHydrated, useProgressStore, useProgressStoreApi } from '@/store/progress-store';

interface Props {
  quizzes: { slug: string; title: string; questionIds: string[] }[];
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Per-quiz summary, and export, import (validated; a bad file changes nothing) and reset. */
export function ProgressManager({ quizzes }: Props) {
  const hydrated = useProgressHydrated();
  const progress = useProgressStore((state) => state.quizzes);
  const progressApi = useProgressStoreApi();
  const attemptApi = useAttemptStoreApi();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  if (!hydrated) return <p className="mt-8 min-h-32 text-muted">Loading your progress…</p>;

  const now = new Date();
  const exportFile = () => {
    const file = progressFile({ quizzes: progressApi.getState().quizzes }, now);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = progressFileName(now);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'ok', text: `Exported your progress as ${link.download}.` });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseProgressFile(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    progressApi.getState().replaceAll(result.progress);
    const count = Object.keys(result.progress.quizzes).length;
    setMessage({
      kind: 'ok',
      text: `Imported progress for ${count} ${count === 1 ? 'quiz' : 'quizzes'}.`,
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
            onClick={exportFile}
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
        <p className="mt-2 text-sm text-muted">Importing replaces the progress in this browser.</p>
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
