'use client';

import { useRouter } from 'next/navigation';
import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RefusalReason } from '@/lib/classroom/service';
import { loadMembership, saveMembership } from './device-storage';
import { normalizeCodeInput } from './join-code';

/** A refusal that clears up by itself: the form waits `Retry-After` and tries again once. */
const WAIT_AND_RETRY = new Set<RefusalReason>(['joining-fast', 'wrong-codes']);
/** Waits longer than this are shown, not waited for: the student may rather ask the teacher. */
const MAX_AUTO_WAIT_S = 60;

const field =
  'border-border bg-bg text-fg mt-1 block min-h-12 w-full rounded-md border-2 px-3 text-xl';

export function JoinForm({ initialCode }: { initialCode: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode.toUpperCase());
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** A free name the server suggested because the one typed is taken in this class. */
  const [suggestion, setSuggestion] = useState<string | null>(null);
  /** Seconds until the form tries again by itself (the class is filling up, or the network is limited). */
  const [countdown, setCountdown] = useState<number | null>(null);
  const retryTimer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(
    () => () => {
      if (retryTimer.current) clearInterval(retryTimer.current);
    },
    [],
  );
  /** This device already joined the session with this code (a reload, or the link opened again). */
  const [returning, setReturning] = useState<{ code: string; name: string } | null>(null);

  useEffect(() => {
    const canonical = normalizeCodeInput(code);
    const saved = canonical ? loadMembership(canonical) : null;
    // Device storage is only readable after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReturning(canonical && saved ? { code: canonical, name: saved.name } : null);
  }, [code]);

  function waitThenRetry(seconds: number, as: string, retried: boolean) {
    if (retryTimer.current) clearInterval(retryTimer.current);
    let left = seconds;
    setCountdown(left);
    retryTimer.current = setInterval(() => {
      left -= 1;
      if (left > 0) {
        setCountdown(left);
        return;
      }
      if (retryTimer.current) clearInterval(retryTimer.current);
      retryTimer.current = null;
      setCountdown(null);
      void send(as, retried);
    }, 1000);
  }

  function join(event: FormEvent) {
    event.preventDefault();
    void send(name, false);
  }

  async function send(as: string, retried: boolean) {
    setBusy(true);
    setError(null);
    setSuggestion(null);
    try {
      const response = await fetch('/api/join', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, name: as }),
      });
      const data = (await response.json().catch(() => ({}))) as {
        code?: string;
        participantId?: string;
        name?: string;
        token?: string;
        error?: string;
        reason?: RefusalReason;
        suggestion?: string;
        retryAfter?: number;
      };
      if (!response.ok || !data.code || !data.token || !data.participantId) {
        setError(data.error ?? `Could not join (${response.status}).`);
        if (data.reason === 'name-taken' && data.suggestion) setSuggestion(data.suggestion);
        const wait = data.retryAfter ?? 0;
        // A wrong-code wait is waited out once (the typo may have been someone else's on this network);
        // a class filling up is waited out until there is a place.
        if (
          data.reason &&
          WAIT_AND_RETRY.has(data.reason) &&
          wait > 0 &&
          wait <= MAX_AUTO_WAIT_S &&
          !(retried && data.reason === 'wrong-codes')
        ) {
          waitThenRetry(wait, as, true);
          return;
        }
        setBusy(false);
        return;
      }
      saveMembership(data.code, {
        token: data.token,
        participantId: data.participantId,
        name: data.name ?? as,
      });
      router.push(`/live/${data.code}`);
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
      setBusy(false);
    }
  }

  return (
    <>
      {returning ? (
        <p className="mt-6 rounded-md border-2 border-accent bg-accent-soft p-4 text-lg">
          This device already joined class {returning.code} as <strong>{returning.name}</strong>.{' '}
          <Link
            href={`/live/${returning.code}`}
            className="font-semibold text-accent underline underline-offset-4"
          >
            Continue as {returning.name}
          </Link>
        </p>
      ) : null}
      <form onSubmit={join} className="mt-6 grid gap-5" noValidate>
        <label className="text-lg font-semibold">
          Class code
          <input
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value.toUpperCase())}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            required
            aria-describedby="code-hint"
            className={`${field} font-mono tracking-[0.2em] uppercase`}
          />
          <span id="code-hint" className="mt-1 block text-sm font-normal text-muted">
            6 letters and digits, e.g. K7RM3Q
          </span>
        </label>
        <label className="text-lg font-semibold">
          Your name
          <input
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="nickname"
            maxLength={40}
            required
            aria-describedby="name-hint"
            className={field}
          />
          <span id="name-hint" className="mt-1 block text-sm font-normal text-muted">
            Up to 40 characters. Your teacher sees it next to your answers.
          </span>
        </label>
        <button
          type="submit"
          disabled={busy}
          className="min-h-12 rounded-md bg-accent px-5 text-xl font-semibold text-accent-fg disabled:opacity-60"
        >
          {busy ? 'Joining…' : 'Join'}
        </button>
        {error ? (
          <div role="alert" className="grid gap-3">
            <p className="text-lg font-semibold text-bad">{error}</p>
            {countdown !== null ? <p className="text-lg">Trying again in {countdown} s…</p> : null}
          </div>
        ) : null}
        {suggestion && !busy ? (
          <button
            type="button"
            onClick={() => {
              setName(suggestion);
              void send(suggestion, false);
            }}
            className="min-h-12 rounded-md border-2 border-accent px-5 text-xl font-semibold text-accent"
          >
            Join as {suggestion}
          </button>
        ) : null}
      </form>
    </>
  );
}
