'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { withPublicState, type PublicLiveState } from '@/lib/classroom/live-state';
import type { RefusalReason, StudentQuestionState, StudentView } from '@/lib/classroom/service';
import {
  loadMembership,
  loadPending,
  newSubmissionId,
  saveMembership,
  savePending,
  type Membership,
  type PendingAnswer,
} from './device-storage';
import { EvidenceList } from './evidence-list';
import { QuestionCard } from './question-card';
import { TransportStatus } from './transport-status';
import { useLiveUpdates, type LiveMessage } from './use-live-updates';

type Problem =
  | { kind: 'not-joined' }
  | { kind: 'removed' }
  | { kind: 'not-found' | 'expired' | 'limited'; message: string };

const RETRY_MS = [1000, 2000, 4000, 8000];
/** The longest a phone waits between resends, whatever a Retry-After asks. */
const MAX_RETRY_MS = 30_000;

/**
 * Statuses after which resending the same answer cannot succeed: drop it and tell the student why. Every
 * other outcome (no connection, 429, 5xx) is retried until it is acknowledged: an answer is never dropped
 * for being limited or for a server that is down.
 */
const FINAL_REFUSALS = new Set([400, 401, 403, 404, 409, 410, 413, 415]);

/** What the student is told when the server refused an answer for good, with the answer in it. */
function refusedAnswer(choice: string, reason: RefusalReason | undefined, fallback: string) {
  switch (reason) {
    case 'revealed':
      return `Your answer “${choice}” was not counted: it reached the server after your teacher showed the answer.`;
    case 'moved-on':
      return `Your answer “${choice}” was not counted: your teacher had moved on to the next question before it arrived.`;
    case 'ended':
      return `Your answer “${choice}” was not counted: the session ended before it arrived.`;
    case 'answered':
      return 'You had already answered this question: your first answer is the one that counts.';
    default:
      return fallback;
  }
}

interface ErrorBody {
  error?: string;
  reason?: RefusalReason;
}

export function StudentLive({ code }: { code: string }) {
  const [membership, setMembership] = useState<Membership | null | undefined>(undefined);
  const [view, setViewState] = useState<StudentView | null>(null);
  // The view as last set, read by the stream's messages between renders.
  const viewRef = useRef<StudentView | null>(null);
  const setView = useCallback(
    (update: StudentView | null | ((current: StudentView | null) => StudentView | null)) => {
      const next = typeof update === 'function' ? update(viewRef.current) : update;
      viewRef.current = next;
      setViewState(next);
    },
    [],
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [offline, setOffline] = useState(false);
  const [limited, setLimited] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingAnswer[]>([]);
  const [notices, setNotices] = useState<Record<string, string>>({});
  /** Student-paced with feedback: the answered question whose feedback is on screen. */
  /** Answers the server acknowledged, laid over any view fetched before it stored them. */
  const [acked, setAcked] = useState<Record<string, string>>({});
  const [stayOn, setStayOn] = useState<string | null>(null);
  const pendingRef = useRef<PendingAnswer[]>([]);
  const requests = useRef({ issued: 0, applied: 0 });
  const sending = useRef<{ active: boolean; stopped: boolean; wake: (() => void) | null }>({
    active: false,
    stopped: false,
    wake: null,
  });

  const updatePending = useCallback(
    (next: PendingAnswer[]) => {
      pendingRef.current = next;
      savePending(code, next);
      setPending(next);
    },
    [code],
  );

  const refresh = useCallback(async (): Promise<boolean> => {
    const token = loadMembership(code)?.token;
    if (!token) return false;
    // Views can arrive out of order (a live signal and an acknowledgement both refresh): never let an
    // older one replace a newer one.
    const seq = ++requests.current.issued;
    let response: Response;
    let next: StudentView | null = null;
    try {
      response = await fetch(`/api/live/${code}`, {
        cache: 'no-store',
        headers: { 'x-participant-token': token },
      });
      if (response.ok) next = (await response.json()) as StudentView;
    } catch {
      setOffline(true);
      return false;
    }
    setOffline(false);
    setLimited(null);
    if (next) {
      if (seq < requests.current.applied) return true;
      requests.current.applied = seq;
      // A fetch that left before the stream's newer state arrived must not take the phone back.
      if ((viewRef.current?.version ?? -1) > next.version) return true;
      setView(next);
      setProblem(null);
      return true;
    }
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    const message = body.error ?? `The server answered ${response.status}.`;
    if (response.status === 401 || response.status === 403) {
      // Removed by the teacher, or a token this session does not know: this phone's place is gone.
      saveMembership(code, null);
      savePending(code, []);
      pendingRef.current = [];
      setPending([]);
      setMembership(null);
      setProblem(body.reason === 'removed' ? { kind: 'removed' } : { kind: 'not-joined' });
    } else if (response.status === 404) setProblem({ kind: 'not-found', message });
    else if (response.status === 410) setProblem({ kind: 'expired', message });
    // Busy or limited: wait it out without leaving the session.
    else if (response.status === 429 || response.status === 503) setLimited(message);
    return true;
  }, [code, setView]);

  /**
   * One pass over the queue. Returns null when everything was delivered or finally refused, else how long
   * to wait before the next pass (the longest Retry-After the server asked for, or 0 for the usual backoff).
   */
  const sendQueued = useCallback(async (): Promise<number | null> => {
    const token = loadMembership(code)?.token;
    if (!token) return null;
    let wait: number | null = null;
    for (const item of [...pendingRef.current]) {
      let status = 0;
      let error: ErrorBody = {};
      let retryAfter = 0;
      try {
        const response = await fetch(`/api/live/${code}/answers`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-participant-token': token },
          body: JSON.stringify(item),
        });
        status = response.status;
        retryAfter = Number(response.headers.get('retry-after')) || 0;
        if (!response.ok) error = (await response.json().catch(() => ({}))) as ErrorBody;
      } catch {
        status = 0;
      }
      const accepted = status >= 200 && status < 300;
      // Show the acknowledged answer at once: dropping it from the queue before the next view arrives
      // would flash the question back as unanswered.
      if (accepted) {
        setAcked((all) => ({ ...all, [item.questionId]: item.choice }));
        setView((current) => current && withAnswer(current, item));
      }
      if (accepted || FINAL_REFUSALS.has(status)) {
        updatePending(
          pendingRef.current.filter((entry) => entry.submissionId !== item.submissionId),
        );
      } else {
        wait = Math.max(wait ?? 0, retryAfter * 1000);
        if (status === 429 || status === 503) setLimited(error.error ?? null);
      }
      if (FINAL_REFUSALS.has(status)) {
        setNotices((all) => ({
          ...all,
          [item.questionId]: refusedAnswer(
            item.choice,
            error.reason,
            error.error ?? `Your answer was not accepted (${status}).`,
          ),
        }));
        // Removed, or this phone's place is gone: the view says so.
        if (status === 401 || status === 403) void refresh();
      }
    }
    return wait;
  }, [code, updatePending, refresh, setView]);

  /** Sends every queued answer; retries with backoff until each is acknowledged or finally refused. */
  const flush = useCallback(async () => {
    if (sending.current.active) return;
    sending.current.active = true;
    try {
      // Loops until the queue is empty: answers queued while a pass is running are sent by the next pass.
      let attempt = 0;
      while (
        pendingRef.current.length > 0 &&
        !sending.current.stopped &&
        loadMembership(code) !== null
      ) {
        const wait = await sendQueued();
        if (wait === null) {
          setOffline(false);
          attempt = 0;
          continue;
        }
        // 0: no answer from the server at all, or an error without a Retry-After.
        setOffline(wait === 0);
        const backoff = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 8000;
        const delay = Math.min(MAX_RETRY_MS, Math.max(backoff, wait));
        attempt += 1;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          // The browser reporting "online" again ends the wait early.
          sending.current.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        sending.current.wake = null;
      }
    } finally {
      sending.current.active = false;
    }
    await refresh();
  }, [code, refresh, sendQueued]);

  useEffect(() => {
    const saved = loadMembership(code);
    const queued = loadPending(code);
    pendingRef.current = queued;
    // Device storage is only readable after mount; reading it during render would break hydration.
    /* eslint-disable react-hooks/set-state-in-effect */
    setMembership(saved);
    setPending(queued);
    if (!saved) setProblem({ kind: 'not-joined' });
    /* eslint-enable react-hooks/set-state-in-effect */
    if (saved) void (queued.length ? flush() : refresh());
    const control = sending.current;
    control.stopped = false;
    // Back online: resend at once instead of waiting for the backoff.
    const online = () => control.wake?.();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      control.stopped = true;
      control.wake?.();
    };
  }, [code, flush, refresh]);

  const live = Boolean(membership && view && view.status !== 'ended' && !problem);
  // The phone's own participant id opens the stream without the network's wrong-code limit.
  const participantId = membership?.participantId;
  // "Next question" reaches the whole class on the stream: the phone applies its public state (no fetch)
  // unless it must fetch its own view (waiting for admission, the end's review).
  const apply = useCallback(
    (message: LiveMessage) => {
      const current = viewRef.current;
      if (!current || !message.state) return false;
      const next = withPublicState(current, message.state as PublicLiveState);
      if (!next) return false;
      if (next !== current) setView(next);
      return true;
    },
    [setView],
  );
  const transport = useLiveUpdates({
    eventsUrl:
      live && participantId
        ? `/api/live/${code}/events?participant=${encodeURIComponent(participantId)}`
        : null,
    refresh,
    currentVersion: view?.version ?? null,
    apply,
  });

  function answer(questionId: string, choice: string) {
    setNotices(({ [questionId]: _dropped, ...rest }) => rest);
    if (view?.mode === 'student' && view.questions) setStayOn(questionId);
    updatePending([
      ...pendingRef.current.filter((entry) => entry.questionId !== questionId),
      { questionId, choice, submissionId: newSubmissionId() },
    ]);
    // A retry loop already waiting picks the new answer up at once; otherwise start one.
    sending.current.wake?.();
    void flush();
  }

  /** The server's state with this device's unacknowledged answers laid over it. */
  const withPending = <T extends StudentQuestionState>(state: T): T => {
    if (state.myAnswer !== null) return state;
    const choice =
      pending.find((entry) => entry.questionId === state.question.id)?.choice ??
      acked[state.question.id];
    return choice === undefined ? state : { ...state, myAnswer: choice };
  };
  const sendState = (questionId: string) =>
    pending.some((entry) => entry.questionId === questionId)
      ? ('sending' as const)
      : ('sent' as const);

  if (problem?.kind === 'removed') {
    return (
      <Message title="You were removed from this class">
        Your teacher removed this device from class {code}, so it can no longer answer here. If that
        was a mistake, ask your teacher.{' '}
        <Link href="/join" className="text-accent underline underline-offset-4">
          Join another class
        </Link>
      </Message>
    );
  }
  if (problem?.kind === 'not-joined') {
    return (
      <Message title="Join this class first">
        This device has not joined class {code} yet (or its place was lost).{' '}
        <Link href={`/join?code=${code}`} className="text-accent underline underline-offset-4">
          Join with your name
        </Link>
        .
      </Message>
    );
  }
  if (problem) {
    return (
      <Message
        title={problem.kind === 'expired' ? 'This session is over' : 'No session with this code'}
      >
        {problem.message}{' '}
        <Link href="/join" className="text-accent underline underline-offset-4">
          Join another class
        </Link>
      </Message>
    );
  }
  if (!view) {
    return (
      <p className="text-lg" role="status">
        {offline ? 'Cannot reach the server; trying again…' : (limited ?? 'Loading your class…')}
      </p>
    );
  }

  const header = (
    <header className="mb-6">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">
        Class {view.code} · {view.participant.name}
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{view.title}</h1>
      {live ? <TransportStatus transport={transport} /> : null}
      {limited ? (
        <p role="status" className="font-semibold text-bad">
          {limited}
        </p>
      ) : null}
      {offline ? (
        <p role="status" className="font-semibold text-bad">
          Connection lost. Your answers are saved on this phone and will be sent when it is back.
        </p>
      ) : null}
    </header>
  );

  if (view.status === 'ended') {
    return (
      <div className="mx-auto max-w-2xl">
        {header}
        <Review view={view} />
      </div>
    );
  }

  if (view.admission === 'pending') {
    return (
      <div className="mx-auto max-w-2xl">
        {header}
        <Message title={`Waiting for your teacher, ${view.participant.name}`}>
          Your teacher lets each student in. Keep this page open: the questions appear here by
          themselves once you are in.
        </Message>
      </div>
    );
  }

  if (view.mode === 'teacher') {
    const current = view.current;
    return (
      <div className="mx-auto max-w-2xl">
        {header}
        {current ? (
          <QuestionCard
            key={current.question.id}
            heading={`Question ${current.index + 1} of ${view.totalQuestions}`}
            state={withPending(current)}
            sendState={sendState(current.question.id)}
            notice={notices[current.question.id] ?? null}
            onAnswer={(choice) => answer(current.question.id, choice)}
          />
        ) : (
          <Message title={`You’re in, ${view.participant.name}!`}>
            Waiting for your teacher to start. Keep this page open: the first question appears here
            by itself.
          </Message>
        )}
      </div>
    );
  }

  const states = (view.questions ?? []).map(withPending);
  const stay = stayOn ? states.findIndex((state) => state.question.id === stayOn) : -1;
  const nextIndex = states.findIndex((state) => state.myAnswer === null);
  const showIndex = stay >= 0 && states[stay]?.revealed ? stay : nextIndex;
  const shown = states[showIndex];
  const answered = states.filter((state) => state.myAnswer !== null).length;
  return (
    <div className="mx-auto max-w-2xl">
      {header}
      <p className="mb-4 text-lg">
        Your own pace: {answered} of {view.totalQuestions} answered.
      </p>
      {shown ? (
        <>
          <QuestionCard
            key={shown.question.id}
            heading={`Question ${showIndex + 1} of ${view.totalQuestions}`}
            state={shown}
            sendState={sendState(shown.question.id)}
            notice={notices[shown.question.id] ?? null}
            onAnswer={(choice) => answer(shown.question.id, choice)}
          />
          {showIndex === stay && shown.revealed ? (
            <button
              type="button"
              onClick={() => setStayOn(null)}
              className="mt-6 min-h-12 w-full rounded-md bg-accent px-5 text-xl font-semibold text-accent-fg"
            >
              {nextIndex >= 0 ? 'Next question' : 'Finish'}
            </button>
          ) : null}
        </>
      ) : (
        <Message title="All done!">
          You answered every question. Your teacher will end the session; then you will see the
          answers and the sentences that prove them here.
        </Message>
      )}
    </div>
  );
}

function withAnswer(view: StudentView, answer: PendingAnswer): StudentView {
  const apply = <T extends StudentQuestionState>(state: T): T =>
    state.question.id === answer.questionId && state.myAnswer === null
      ? { ...state, myAnswer: answer.choice }
      : state;
  return {
    ...view,
    current: view.current ? apply(view.current) : null,
    questions: view.questions ? view.questions.map(apply) : null,
  };
}

function Message({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-lg">{children}</p>
    </div>
  );
}

/** " (the 3 questions asked before it ended)" when the teacher ended before the last question. */
function endedEarly(asked: number, planned: number): string {
  if (asked >= planned) return '';
  return ` (the ${asked === 1 ? 'question' : `${asked} questions`} asked before it ended)`;
}

function Review({ view }: { view: StudentView }) {
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" className="text-2xl font-bold">
        The session has ended
      </h2>
      {view.score && view.score.total === 0 ? (
        <p className="mt-2 text-xl">It ended before any question was asked.</p>
      ) : view.score ? (
        <p className="mt-2 text-xl">
          You got <strong>{view.score.correct}</strong> of {view.score.total} right
          {endedEarly(view.score.total, view.totalQuestions)}.
        </p>
      ) : null}
      <ol className="mt-6 grid gap-6">
        {(view.questions ?? []).map((state, index) => (
          <li key={state.question.id} className="rounded-md border border-border p-4">
            <p className="text-sm font-semibold text-muted">Question {index + 1}</p>
            <p className="mt-1 text-lg font-semibold">{state.question.prompt}</p>
            <p className={`mt-2 text-lg ${state.myCorrect ? 'text-ok' : 'text-bad'}`}>
              {state.myAnswer === null
                ? 'Not answered.'
                : state.myCorrect
                  ? `✓ Right: ${state.myAnswer}`
                  : `✗ Your answer: ${state.myAnswer}`}
            </p>
            {state.revealed ? (
              <>
                <p className="mt-1 text-lg">
                  <strong>Answer:</strong> {state.revealed.answer}. {state.revealed.explanation}
                </p>
                <EvidenceList evidence={state.revealed.evidence} />
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
