'use client';

import { useState } from 'react';
import { BUTTON } from '@/components/ui/styles';
import { CopyLink } from './copy-link';

/** Makes a new private link (the old one, and other devices' access, stop working) and shows it once. */
export function NewWorkspaceLink() {
  const [asking, setAsking] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (url) {
    return (
      <CopyLink
        label="New private workspace link"
        url={url}
        hint="The old link no longer works, and other devices must open this one. It is shown only this once."
      />
    );
  }
  if (!asking) {
    return (
      <button type="button" className={BUTTON.secondary} onClick={() => setAsking(true)}>
        Make a new workspace link…
      </button>
    );
  }
  return (
    <div role="group" aria-label="Confirm a new workspace link" className="grid gap-3">
      <p>
        The current link will stop working, and so will this workspace on every other device until
        you open the new link there.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={BUTTON.primary}
          onClick={async () => {
            const response = await fetch('/api/workspace', { method: 'POST' });
            const data = (await response.json().catch(() => ({}))) as {
              workspaceUrl?: string;
              error?: string;
            };
            if (data.workspaceUrl) setUrl(data.workspaceUrl);
            else setError(data.error ?? 'No new link could be made. Try again.');
          }}
        >
          Make a new link
        </button>
        <button type="button" className={BUTTON.secondary} onClick={() => setAsking(false)}>
          Keep the current one
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
