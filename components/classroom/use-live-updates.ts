'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type Transport = 'connecting' | 'live' | 'polling';

const POLL_MS = 3000;
/** EventSource errors in a row (without a successful open) before giving up on SSE for polling. */
const MAX_SSE_ERRORS = 3;

/**
 * Keeps a view fresh: listens to the session's SSE stream (`{"version":n}` messages) and fetches the view
 * when the version moves. If SSE keeps failing (a proxy or school filter that breaks streaming), switches
 * to polling the same fetch. Fetches never overlap; a change during a fetch triggers one more afterwards.
 */
export function useLiveUpdates(options: {
  eventsUrl: string | null;
  refresh: () => Promise<void>;
  currentVersion: number | null;
}): Transport {
  const { eventsUrl } = options;
  const [transport, setTransport] = useState<Transport>('connecting');
  const refreshRef = useRef(options.refresh);
  const versionRef = useRef(options.currentVersion);
  const inFlight = useRef(false);
  const again = useRef(false);

  useEffect(() => {
    refreshRef.current = options.refresh;
    versionRef.current = options.currentVersion;
  });

  const refresh = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        try {
          await refreshRef.current();
        } catch {
          // A failed fetch is retried by the next signal or poll; it must not surface as an error.
        }
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    if (!eventsUrl) return;
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setInterval> | null = null;
    let errors = 0;

    const startPolling = () => {
      source?.close();
      source = null;
      setTransport('polling');
      void refresh();
      poll = setInterval(() => void refresh(), POLL_MS);
    };

    if (typeof EventSource === 'undefined') {
      startPolling();
    } else {
      source = new EventSource(eventsUrl);
      source.onopen = () => {
        errors = 0;
        setTransport('live');
      };
      source.onmessage = (event: MessageEvent<string>) => {
        try {
          const { version } = JSON.parse(event.data) as { version: number };
          if (version !== versionRef.current) void refresh();
        } catch {
          void refresh();
        }
      };
      source.onerror = () => {
        errors += 1;
        setTransport('connecting');
        // A closed source will not retry on its own (e.g. the server answered 4xx/5xx instead of a stream).
        if (errors >= MAX_SSE_ERRORS || source?.readyState === EventSource.CLOSED) startPolling();
      };
    }
    // Coming back to a sleeping tab or phone: catch up at once.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      source?.close();
      if (poll) clearInterval(poll);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [eventsUrl, refresh]);

  return transport;
}
