'use client';

import { useId, useState } from 'react';
import { BUTTON, FIELD } from '@/components/ui/styles';

/** A link in a read-only field with a Copy button; the copy is announced to screen readers. */
export function CopyLink({ label, url, hint }: { label: string; url: string; hint?: string }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Copied.');
    } catch {
      // Clipboard access can be refused (plain http, permissions): the field is selected instead.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setStatus('Selected: press Ctrl+C (or ⌘C) to copy.');
    }
  };
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={url}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.target.select()}
          className={`${FIELD} mt-0 min-w-0 flex-1 font-mono text-sm`}
        />
        <button type="button" onClick={() => void copy()} className={BUTTON.secondary}>
          Copy <span className="sr-only">{label.toLowerCase()}</span>
        </button>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <p role="status" className="mt-1 min-h-5 text-sm font-semibold">
        {status}
      </p>
    </div>
  );
}
