'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useLiveChoice } from './question-count-choice';

/**
 * Starts a live session with the teacher's choice of questions; the server answers with the dashboard's
 * address and sets the host cookie. A library article is named by `slug` (with the count chosen here); a
 * workspace article by `articleId` (the server uses the selection saved in its review).
 */
export function StartSessionForm({ slug, articleId }: { slug?: string; articleId?: string }) {
  const router = useRouter();
  const { count, live } = useLiveChoice();
  const [mode, setMode] = useState<'teacher' | 'student'>('teacher');
  const [feedback, setFeedback] = useState(false);
  const [approveJoins, setApproveJoins] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/sessions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          ...(articleId ? { articleId } : { slug, count }),
          mode,
          feedback: mode === 'student' && feedback,
          approveJoins,
        }),
      });
      const data = (await response.json()) as { teacherUrl?: string; error?: string };
      if (!response.ok || !data.teacherUrl) throw new Error(data.error ?? 'Could not start.');
      router.push(data.teacherUrl);
    } catch (caught) {
      setError(
        caught instanceof Error ? caught.message : 'Could not start the session. Try again.',
      );
      setBusy(false);
    }
  }

  const option =
    'border-border has-[:checked]:border-accent has-[:checked]:bg-accent-soft flex min-h-11 cursor-pointer items-start gap-3 rounded-md border-2 p-3';
  return (
    <form onSubmit={start} className="mt-4 grid gap-4">
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-lg font-semibold">Pace</legend>
        <label className={option}>
          <input
            type="radio"
            name="mode"
            value="teacher"
            checked={mode === 'teacher'}
            onChange={() => setMode('teacher')}
            className="mt-1 size-5"
          />
          <span>
            <strong>Teacher-paced</strong> — you show one question at a time, see the class’s
            answers come in, then reveal the key and the evidence.
          </span>
        </label>
        <label className={option}>
          <input
            type="radio"
            name="mode"
            value="student"
            checked={mode === 'student'}
            onChange={() => setMode('student')}
            className="mt-1 size-5"
          />
          <span>
            <strong>Student-paced</strong> — each student works through all questions at their own
            pace (homework or stations); your dashboard fills in as they go.
          </span>
        </label>
      </fieldset>
      {mode === 'student' ? (
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            checked={feedback}
            onChange={(event) => setFeedback(event.target.checked)}
            className="mt-1 size-5"
          />
          <span>
            Show each student whether they were right, with the evidence, right after each answer.
            (Off: they see the key when you end the session.)
          </span>
        </label>
      ) : null}
      <label className="flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          checked={approveJoins}
          onChange={(event) => setApproveJoins(event.target.checked)}
          className="mt-1 size-5"
          aria-describedby="approve-hint"
        />
        <span>
          Let each student in myself: new students wait until I admit them.
          <span id="approve-hint" className="block text-base text-muted">
            {mode === 'student' && feedback
              ? 'Recommended with feedback on: nobody can join a second time under another name to see the answers first.'
              : 'Useful when the code may have reached people outside the class. You can change it during the session.'}
          </span>
        </span>
      </label>
      <div>
        <button
          type="submit"
          disabled={busy || live === 0}
          aria-describedby={live === 0 ? 'no-live-questions' : undefined}
          className="min-h-11 rounded-md bg-accent px-5 text-lg font-semibold text-accent-fg disabled:opacity-60"
        >
          {busy ? 'Starting…' : 'Start live session'}
        </button>
        {live === 0 ? (
          <p id="no-live-questions" className="mt-2 font-semibold">
            None of the chosen questions can be asked live: choose more questions above.
          </p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="font-semibold text-bad">
          {error}
        </p>
      ) : null}
    </form>
  );
}
