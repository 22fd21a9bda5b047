'use client';

import { useCallback, useRef, useState } from 'react';
import { BarFill } from '@/components/ui/bar-fill';
import type { JoinAddress } from '@/lib/classroom/join-address';
import type { ControlAction } from '@/lib/classroom/schemas';
import type { TeacherView } from '@/lib/classroom/service';
import { applyTeacherDelta, type TeacherDelta } from '@/lib/classroom/teacher-delta';
import { EvidenceList } from './evidence-list';
import { MissesByParagraph, type ParagraphText } from './misses-by-paragraph';
import { ResultsTable } from './results-table';
import { TransportStatus } from './transport-status';
import { useLiveUpdates, type LiveMessage } from './use-live-updates';

const button =
  'bg-accent text-accent-fg min-h-11 rounded-md px-5 text-lg font-semibold disabled:cursor-not-allowed disabled:opacity-50';
const secondary =
  'border-border bg-bg text-fg min-h-11 rounded-md border-2 px-5 text-lg font-semibold disabled:cursor-not-allowed disabled:opacity-50';

export function TeacherDashboard({
  initialView,
  joinUrl,
  screenHref,
  joinSource,
  qrDataUrl,
  passages,
  expired,
  retentionDays,
}: {
  initialView: TeacherView;
  joinUrl: string;
  /** The class screen of this session, for the projector (`/teach/…/live/<id>/screen`). */
  screenHref: string;
  /** Why the join link is the address it is (lib/classroom/join-address.ts): a hint when phones may not reach it. */
  joinSource: JoinAddress['source'];
  qrDataUrl: string;
  passages: ParagraphText[];
  expired: boolean;
  retentionDays: number;
}) {
  const [view, setViewState] = useState(initialView);
  // The view as last set, read by the stream's messages between renders.
  const viewRef = useRef(initialView);
  const setView = useCallback((next: TeacherView) => {
    viewRef.current = next;
    setViewState(next);
  }, []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The approval box as the teacher just set it, until the server's view says the same. */
  const [approval, setApproval] = useState<boolean | null>(null);
  /** The question whose answers so far the teacher chose to see before the reveal (one question only). */
  const [peekedAt, setPeekedAt] = useState<string | null>(null);
  const id = view.id;

  const [offline, setOffline] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`/api/sessions/${id}`, { cache: 'no-store' });
      setOffline(false);
      if (response.ok) {
        const next = (await response.json()) as TeacherView;
        // A fetch that left before the stream's newer delta arrived must not take the dashboard back.
        if (next.version >= viewRef.current.version) setView(next);
      }
      return true;
    } catch {
      setOffline(true);
      return false;
    }
  }, [id, setView]);

  // Joins and answers arrive as deltas on the stream; anything else (and a gap) fetches the whole view.
  const apply = useCallback(
    (message: LiveMessage) => {
      if (!message.delta) return false;
      const next = applyTeacherDelta(viewRef.current, message.delta as TeacherDelta);
      if (!next) return false;
      if (next !== viewRef.current) setView(next);
      return true;
    },
    [setView],
  );

  const open = view.status !== 'ended' && !expired;
  const transport = useLiveUpdates({
    eventsUrl: open ? `/api/sessions/${id}/events` : null,
    refresh,
    currentVersion: view.version,
    apply,
  });

  async function act(action: ControlAction) {
    if (action === 'end' && !window.confirm('End the session? Students can no longer answer.'))
      return;
    await send(`/api/sessions/${id}/control`, { action });
  }

  async function admit(participants: { id: string }[]) {
    await send(`/api/sessions/${id}/participants`, {
      action: 'admit',
      participantIds: participants.map((participant) => participant.id),
    });
  }

  async function remove(participant: { id: string; name: string }, waiting: boolean) {
    const question = waiting
      ? `Turn ${participant.name} away? Their phone is told it cannot take part.`
      : `Remove ${participant.name}? Their phone can no longer answer, and their answers leave the results.`;
    if (!window.confirm(question)) return;
    await send(`/api/sessions/${id}/participants`, {
      action: 'remove',
      participantIds: [participant.id],
    });
  }

  async function send(url: string, body: unknown) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        const data = (await response.json().catch(() => ({}))) as { error?: string };
        setError(data.error ?? `The server refused (${response.status}).`);
      }
      await refresh();
    } catch {
      setError('Could not reach the server. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  const current =
    view.mode === 'teacher' && view.status === 'active'
      ? view.questions[view.currentIndex]
      : undefined;
  const summary = current ? view.results.questions[view.currentIndex] : undefined;
  const joined = view.participants.length;
  const hiddenQuestionId = current && !view.revealed ? current.id : null;
  // Before the reveal the distribution stays folded, in case this page is on the projector too; a peek
  // lasts for this question only.
  const peeking = current !== undefined && peekedAt === current.id;

  return (
    <div className="grid grid-cols-1 gap-8">
      <header>
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          {view.mode === 'teacher' ? 'Teacher-paced' : 'Student-paced'} live session
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{view.title}</h1>
        {open ? <TransportStatus transport={transport} /> : null}
        {open ? (
          <p className="mt-3">
            <a
              href={screenHref}
              target="_blank"
              rel="noopener"
              className={button + ' inline-flex items-center gap-2'}
            >
              Open class screen
              <span className="sr-only"> (opens in a new window)</span>
              <span aria-hidden="true">↗</span>
            </a>
            <span className="ml-3 text-base text-muted">
              For the projector: the question, then the answers only once you reveal.
            </span>
          </p>
        ) : null}
        {offline ? (
          <p role="alert" className="font-semibold text-bad">
            Cannot reach the server. Nothing is lost: students’ phones keep their answers and the
            dashboard catches up when the server is back.
          </p>
        ) : null}
      </header>

      {expired ? (
        <p role="note" className="rounded-md border-2 border-bad bg-bad-soft p-4 text-lg">
          This session has expired; students can no longer join or answer. The results below are
          final.
        </p>
      ) : null}

      {open ? (
        <section
          aria-labelledby="join-heading"
          className="grid gap-4 rounded-lg border border-border p-5 sm:grid-cols-[1fr_auto]"
        >
          <div>
            <h2 id="join-heading" className="text-xl font-semibold">
              Students join with this code
            </h2>
            <p
              className="mt-2 font-mono text-5xl font-bold tracking-[0.2em] sm:text-6xl"
              aria-label={`Join code: ${view.code.split('').join(' ')}`}
              data-testid="join-code"
            >
              {view.code}
            </p>
            <p className="mt-3 text-lg break-all">
              or open{' '}
              <a href={joinUrl} className="text-accent underline underline-offset-4">
                {joinUrl}
              </a>
            </p>
            <JoinHint source={joinSource} />
          </div>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline data: SVG, nothing to optimise */}
          <img
            src={qrDataUrl}
            alt={`QR code for ${joinUrl}`}
            width={192}
            height={192}
            className="bg-white p-2"
          />
        </section>
      ) : null}

      <section aria-labelledby="students-heading" className="grid gap-3">
        <h2 id="students-heading" className="text-xl font-semibold">
          {joined} {joined === 1 ? 'student' : 'students'} joined
        </h2>
        {open ? (
          <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
            <button
              type="button"
              className={secondary}
              disabled={busy}
              aria-pressed={view.locked}
              onClick={() => act(view.locked ? 'unlock' : 'lock')}
            >
              {view.locked ? 'Let new students join again' : 'Lock: no new students'}
            </button>
            <label className="flex min-h-11 items-center gap-3 text-lg">
              <input
                type="checkbox"
                checked={approval ?? view.approveJoins}
                disabled={busy}
                onChange={(event) => {
                  const on = event.target.checked;
                  setApproval(on);
                  void act(on ? 'approval-on' : 'approval-off').finally(() => setApproval(null));
                }}
                className="size-5"
              />
              Let each new student in myself
            </label>
          </div>
        ) : null}
        {open && view.locked ? (
          <p role="status" className="text-lg">
            Locked: nobody new can join. Students already in carry on.
          </p>
        ) : null}
        {view.waiting.length > 0 ? (
          <div className="rounded-lg border-2 border-accent p-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h3 className="text-lg font-semibold">{view.waiting.length} waiting to join</h3>
              <button
                type="button"
                className={button}
                disabled={busy}
                onClick={() => admit(view.waiting)}
              >
                Let everyone in
              </button>
            </div>
            <ul className="mt-3 grid gap-2" aria-label="Waiting to join">
              {view.waiting.map((participant) => (
                <li key={participant.id} className="flex flex-wrap items-center gap-3">
                  <span className="min-w-40 flex-1 text-lg break-words">{participant.name}</span>
                  <button
                    type="button"
                    className={secondary}
                    disabled={busy}
                    aria-label={`Let ${participant.name} in`}
                    onClick={() => admit([participant])}
                  >
                    Let in
                  </button>
                  <button
                    type="button"
                    className={secondary}
                    disabled={busy}
                    aria-label={`Turn ${participant.name} away`}
                    onClick={() => remove(participant, true)}
                  >
                    Turn away
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {joined > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label="Students">
            {view.participants.map((participant) => (
              <li
                key={participant.id}
                className="flex items-center gap-1 rounded bg-surface py-1 pr-1 pl-3"
              >
                <span className="break-all">{participant.name}</span>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Remove ${participant.name}`}
                  title={`Remove ${participant.name}`}
                  onClick={() => remove(participant, false)}
                  className="inline-flex size-8 items-center justify-center rounded text-lg text-muted hover:bg-bg hover:text-bad disabled:opacity-50"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {open ? (
        <section aria-labelledby="control-heading" className="rounded-lg border border-border p-5">
          <h2 id="control-heading" className="text-xl font-semibold">
            {view.mode === 'student'
              ? 'Students work at their own pace'
              : view.status === 'lobby'
                ? 'Ready when you are'
                : `Question ${view.currentIndex + 1} of ${view.questions.length}`}
          </h2>
          {view.mode === 'teacher' && view.status === 'lobby' ? (
            <p className="mt-2 text-lg text-muted">
              Students see a waiting screen until you start. Questions go forward only; revealing
              the key locks the answers.
            </p>
          ) : null}
          {current && summary ? (
            <div className="mt-3">
              <p className="text-2xl font-semibold">{current.prompt}</p>
              <p className="mt-2 text-lg" role="status">
                {summary.answered} of {joined} answered
              </p>
              {!view.revealed ? (
                <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
                  <button
                    type="button"
                    className={secondary}
                    aria-expanded={peeking}
                    aria-controls="answers-so-far"
                    onClick={() => setPeekedAt(peeking ? null : current.id)}
                  >
                    {peeking ? 'Hide the answers so far' : 'Peek at the answers so far'}
                  </button>
                  <span className="text-base text-muted">
                    The class screen shows them only after you reveal; keep this page off the
                    projector while you peek.
                  </span>
                </div>
              ) : null}
              <ul
                id="answers-so-far"
                className="mt-3 grid gap-2"
                aria-label="Answers so far"
                hidden={!view.revealed && !peeking}
              >
                {summary.distribution.map((entry, index) => {
                  const percent = summary.answered
                    ? Math.round((100 * entry.count) / summary.answered)
                    : 0;
                  const key = view.revealed && entry.isAnswer;
                  return (
                    <li
                      key={entry.choice}
                      className={`rounded-md border-2 p-3 ${key ? 'border-ok bg-ok-soft' : 'border-border'}`}
                    >
                      <div className="flex flex-wrap justify-between gap-2 text-lg">
                        <span>
                          <span className="font-bold">{String.fromCharCode(65 + index)}.</span>{' '}
                          <span>{entry.choice}</span>
                          {key ? <strong className="text-ok"> ✓ correct answer</strong> : null}
                        </span>
                        <span className="font-semibold whitespace-nowrap">
                          {entry.count} ({percent}%)
                        </span>
                      </div>
                      <div
                        className="mt-2 h-3 overflow-hidden rounded bg-surface"
                        aria-hidden="true"
                      >
                        <BarFill
                          fraction={percent / 100}
                          className={key ? 'fill-ok' : 'fill-accent'}
                        />
                      </div>
                    </li>
                  );
                })}
              </ul>
              {view.revealed ? (
                <div className="mt-4">
                  <p className="text-lg">
                    <strong>Answer: {current.answer}.</strong> {current.explanation}
                  </p>
                  <EvidenceList evidence={current.evidence} />
                </div>
              ) : null}
            </div>
          ) : null}
          <div className="mt-5 flex flex-wrap gap-3">
            {view.mode === 'teacher' && view.status === 'lobby' ? (
              <button type="button" className={button} disabled={busy} onClick={() => act('start')}>
                Start the first question
              </button>
            ) : null}
            {current ? (
              <>
                <button
                  type="button"
                  className={button}
                  disabled={busy || view.revealed}
                  onClick={() => act('reveal')}
                >
                  Reveal answer
                </button>
                <button
                  type="button"
                  className={button}
                  disabled={busy || view.currentIndex + 1 >= view.questions.length}
                  onClick={() => act('next')}
                >
                  Next question
                </button>
              </>
            ) : null}
            <button type="button" className={secondary} disabled={busy} onClick={() => act('end')}>
              End session
            </button>
          </div>
          {error ? (
            <p role="alert" className="mt-3 font-semibold text-bad">
              {error}
            </p>
          ) : null}
        </section>
      ) : (
        <p className="text-lg" role="status">
          {view.status === 'ended' ? 'This session has ended.' : null}
          {view.status === 'ended' && view.results.questions.length < view.questions.length
            ? ` ${view.results.questions.length} of its ${view.questions.length} questions were asked; the results count only those.`
            : null}
        </p>
      )}

      <section aria-labelledby="results-heading" className="grid min-w-0 grid-cols-1 gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="results-heading" className="text-2xl font-semibold">
            Results
          </h2>
          <a
            href={`/api/sessions/${id}/csv`}
            download
            className={secondary + ' inline-flex items-center'}
          >
            Download CSV
          </a>
        </div>
        <p className="text-base text-muted">
          Names and answers are deleted {retentionDays} days after the session expires: download the
          CSV to keep them.
        </p>
        <ResultsTable results={view.results} hiddenQuestionId={hiddenQuestionId} />
        {view.results.questions.length > 0 ? (
          <ol className="grid gap-1 text-base text-muted">
            {view.results.questions.map((question) => (
              <li key={question.id}>
                <strong>Q{question.number}</strong> {question.prompt}
              </li>
            ))}
          </ol>
        ) : null}
      </section>

      <section aria-labelledby="misses-heading" className="grid gap-3">
        <h2 id="misses-heading" className="text-2xl font-semibold">
          Misses by paragraph
        </h2>
        <p className="text-base text-muted">
          Wrong answers counted on the paragraph that holds each question’s evidence: reread the
          paragraphs with the longest bars together.
          {hiddenQuestionId ? ' The question on screen counts once it is revealed.' : ''}
        </p>
        <MissesByParagraph
          passages={passages}
          paragraphs={
            hiddenQuestionId ? maskQuestion(view, hiddenQuestionId) : view.results.paragraphs
          }
        />
      </section>
    </div>
  );
}

/** Misses per paragraph without the unrevealed question, so the projected page does not hint at the key. */
function maskQuestion(view: TeacherView, questionId: string) {
  const summary = view.results.questions.find((question) => question.id === questionId);
  if (!summary) return view.results.paragraphs;
  const misses = summary.answered - summary.correct;
  return view.results.paragraphs.map((paragraph) =>
    paragraph.questionNumbers.includes(summary.number)
      ? { ...paragraph, misses: paragraph.misses - misses }
      : paragraph,
  );
}

/** What the teacher should know about the join address: phones open it only from the same network. */
function JoinHint({ source }: { source: JoinAddress['source'] }) {
  if (source === 'configured' || source === 'as-opened') return null;
  if (source === 'network') {
    return (
      <p className="mt-2 text-base text-muted" data-testid="join-hint">
        This is this computer’s address on the local network: phones on the same Wi-Fi can open it.
        If they cannot, the server may be listening on this computer only, or the network keeps
        devices apart; set <code>CITED_PUBLIC_URL</code> to an address phones can reach (see the
        README).
      </p>
    );
  }
  return (
    <p
      role="note"
      className="mt-2 rounded-md border-2 border-bad bg-bad-soft p-3 text-base"
      data-testid="join-hint"
    >
      <strong>Phones cannot open this address:</strong> it points at this computer only, and it has
      no network address to offer. Connect it to the classroom’s network, or set{' '}
      <code>CITED_PUBLIC_URL</code> to an address phones can reach (see the README).
    </p>
  );
}
