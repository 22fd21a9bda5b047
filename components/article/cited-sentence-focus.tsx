'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

/** Only same-site paths may be returned to: "/quiz/x?q=3", never "//evil.example" or "javascript:". */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return null;
  return value;
}

function focusCitedSentence(): boolean {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return false;
  const target = document.getElementById(id);
  if (!target || !target.classList.contains('sentence')) return false;
  target.dataset.highlighted = 'true';
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * When the page opens on `#<sentenceId>`, scrolls to that sentence, marks it and moves focus to it so a
 * screen reader reads it. With `?from=<path>` (set by the quiz), offers a way back to where the learner was.
 */
export function CitedSentenceFocus() {
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [cited, setCited] = useState(false);

  useEffect(() => {
    // Reading the URL after mount keeps the page statically generated.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReturnTo(safeReturnPath(new URLSearchParams(window.location.search).get('from')));
    const apply = () => {
      document
        .querySelectorAll<HTMLElement>('.sentence[data-highlighted]')
        .forEach((element) => delete element.dataset.highlighted);
      setCited(focusCitedSentence());
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);

  if (!returnTo && !cited) return null;
  return (
    <div
      role="region"
      aria-label="Cited sentence"
      className="no-print sticky top-0 z-10 -mx-4 mb-4 flex items-center gap-3 border-b border-border bg-bg px-4 py-2 shadow-sm"
    >
      {cited ? (
        <p className="min-w-0 text-sm text-muted">
          The highlighted, underlined sentence is the evidence.
        </p>
      ) : null}
      {returnTo ? (
        <Link
          href={returnTo}
          prefetch={false}
          className="ml-auto inline-flex min-h-11 shrink-0 items-center rounded-md bg-accent px-3 font-semibold text-accent-fg"
        >
          ← Back to your question
        </Link>
      ) : null}
    </div>
  );
}
