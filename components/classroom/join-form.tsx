'use client';

import { useRouter } from 'next/navigation';
import Link from 'next/link';
import { useEffect, useState, type FormEvent } from 'react';
import { loadMembership, saveMembership } from './device-storage';
import { normalizeCodeInput } from './join-code';

const field =
  'border-border bg-bg text-fg mt-1 block min-h-12 w-full rounded-md border-2 px-3 text-xl';

export function JoinForm({ initialCode }: { initialCode: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode.toUpperCase());
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** This device already joined the session with this code (a reload, or the link opened again). */
  const [returning, setReturning] = useState<{ code: string; name: string } | null>(null);

  useEffect(() => {
    const canonical = normalizeCodeInput(code);
    const saved = canonical ? loadMembership(canonical) : null;
    // Device storage is only readable after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReturning(canonical && saved ? { code: canonical, name: saved.name } : null);
  }, [code]);

  async function join(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/join', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, name }),
      });
      const data = (await response.json().catch(() => ({}))) as {
        code?: string;
        participantId?: string;
        name?: string;
        token?: string;
        error?: string;
      };
      if (!response.ok || !data.code || !data.token || !data.participantId) {
        setError(data.error ?? `Could not join (${response.status}).`);
        setBusy(false);
        return;
      }
      saveMembership(data.code, {
        token: data.token,
        participantId: data.participantId,
        name: data.name ?? name,
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
          <p role="alert" className="text-lg font-semibold text-bad">
            {error}
          </p>
        ) : null}
      </form>
    </>
  );
}
