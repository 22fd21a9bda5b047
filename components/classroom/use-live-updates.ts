'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  INITIAL_TRANSPORT,
  POLL_MS,
  cameBack,
  nextTransport,
  reconnectDelay,
  transportOf,
  type Transport,
  type TransportEvent,
} from '@/lib/classroom/live-transport';

export type { Transport };

/** A message of a session's live stream: its version, and what else the stream carries (see sse.ts). */
export type LiveMessage = { version: number } & Record<string, unknown>;

/**
 * Keeps a view fresh: listens to the session's SSE stream (`{"version":n,…}` messages) and, for each,
 * lets `apply` bring the view up to date from what the message carries; when there is no `apply`, or it
 * returns false (the message carries too little, or does not follow from the view the page has: a
 * reconnect, a gap), it fetches the view if the version moved. When the stream fails (a server restart,
 * a proxy or school filter that breaks streaming), it fetches the view every 3 seconds while it reopens
 * the stream with backoff (1 s … 30 s), and at once when the server answers again after not answering;
 * once the stream is open, polling stops. Fetches never overlap; a change during a fetch triggers one
 * more afterwards.
 *
 * `refresh` resolves to whether the server answered (any HTTP status), false when it could not be reached.
 */
export function useLiveUpdates(options: {
  eventsUrl: string | null;
  refresh: () => Promise<boolean>;
  currentVersion: number | null;
  /** Applies a message without a fetch; true when the view is up to date with it. */
  apply?: (message: LiveMessage) => boolean;
}): Transport {
  const { eventsUrl } = options;
  const [transport, setTransport] = useState<Transport>('connecting');
  const refreshRef = useRef(options.refresh);
  const applyRef = useRef(options.apply);
  const versionRef = useRef(options.currentVersion);
  const inFlight = useRef(false);
  const again = useRef(false);
  /** Set by the stream effect: what a fetch's outcome means for the stream. */
  const onFetched = useRef<(reachable: boolean) => void>(() => {});

  useEffect(() => {
    refreshRef.current = options.refresh;
    applyRef.current = options.apply;
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
        let reachable = false;
        try {
          reachable = await refreshRef.current();
        } catch {
          // A failed fetch is retried by the next signal or poll; it must not surface as an error.
        }
        onFetched.current(reachable);
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    if (!eventsUrl) return;
    let state = INITIAL_TRANSPORT;
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setInterval> | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;

    const apply = (event: TransportEvent) => {
      const before = state;
      state = nextTransport(state, event);
      setTransport(transportOf(state));
      return before;
    };
    const stopPolling = () => {
      if (poll) clearInterval(poll);
      poll = null;
    };
    const startPolling = () => {
      if (poll) return;
      void refresh();
      poll = setInterval(() => void refresh(), POLL_MS);
    };
    const connect = () => {
      if (stopped) return;
      if (retry) clearTimeout(retry);
      retry = null;
      source?.close();
      const current = new EventSource(eventsUrl);
      source = current;
      current.onopen = () => {
        if (source !== current) return;
        apply({ type: 'opened' });
        stopPolling();
        // Whatever changed while the stream was down: the first message says the version anyway.
      };
      current.onmessage = (event: MessageEvent<string>) => {
        let message: LiveMessage;
        try {
          message = JSON.parse(event.data) as LiveMessage;
        } catch {
          void refresh();
          return;
        }
        if (applyRef.current?.(message)) return;
        if (message.version !== versionRef.current) void refresh();
      };
      current.onerror = () => {
        if (source !== current) return;
        // Reconnect on our own schedule (EventSource gives up for good on an HTTP error, and retries a
        // refused connection every 3 s forever), polling meanwhile.
        current.close();
        source = null;
        apply({ type: 'failed' });
        startPolling();
        retry = setTimeout(connect, reconnectDelay(state.failures, Math.random()));
      };
    };
    onFetched.current = (reachable) => {
      if (stopped) return;
      const before = apply({ type: 'fetched', reachable });
      if (cameBack(before, state)) connect();
    };

    if (typeof EventSource === 'undefined') {
      // No streams in this browser at all: polling is all there is.
      const countless = Number.MAX_SAFE_INTEGER;
      state = { open: false, failures: countless, failuresAnswered: countless, reachable: null };
      startPolling();
    } else {
      connect();
    }
    // Coming back to a sleeping tab or phone, or back online: catch up, and reopen a dropped stream now.
    const wake = () => {
      if (document.visibilityState !== 'visible') return;
      void refresh();
      if (!state.open && source === null && typeof EventSource !== 'undefined') connect();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
    return () => {
      stopped = true;
      source?.close();
      stopPolling();
      if (retry) clearTimeout(retry);
      onFetched.current = () => {};
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
    };
  }, [eventsUrl, refresh]);

  return transport;
}
