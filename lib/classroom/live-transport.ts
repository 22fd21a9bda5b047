/**
 * How a page keeps up with a live session, as a pure state: the live stream (SSE) when it works, polling
 * only while it does not, and a status that says which of those is true. The hook in
 * components/classroom/use-live-updates.ts drives it with EventSource, timers and fetches.
 */

export type Transport =
  /** The first stream is opening. */
  | 'connecting'
  /** The stream is open: changes arrive as they happen. */
  | 'live'
  /** The stream dropped and is being reopened; the view is fetched every few seconds meanwhile. */
  | 'reconnecting'
  /** The stream keeps failing while the server answers fetches: a network that breaks streaming. */
  | 'polling'
  /** The server does not answer at all (down, restarting, or this device is offline). */
  | 'offline';

export interface TransportState {
  open: boolean;
  /** Stream failures since it was last open (they set the backoff). */
  failures: number;
  /**
   * Of those, the ones while the server answered: since the last fetch it did not answer, a failed stream
   * says nothing about the network (the server was down), so only these can mean streaming is blocked.
   */
  failuresAnswered: number;
  /** Whether the last fetch of the view got an answer; null before the first. */
  reachable: boolean | null;
}

export const INITIAL_TRANSPORT: TransportState = {
  open: false,
  failures: 0,
  failuresAnswered: 0,
  reachable: null,
};

/** Stream failures in a row, with the server answering, before the page says streaming is blocked. */
export const BLOCKED_AFTER_FAILURES = 3;
export const POLL_MS = 3_000;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export function transportOf(state: TransportState): Transport {
  if (state.open) return 'live';
  if (state.failures === 0) return 'connecting';
  if (state.reachable === false) return 'offline';
  if (state.reachable && state.failuresAnswered >= BLOCKED_AFTER_FAILURES) return 'polling';
  return 'reconnecting';
}

export type TransportEvent =
  { type: 'opened' } | { type: 'failed' } | { type: 'fetched'; reachable: boolean };

export function nextTransport(state: TransportState, event: TransportEvent): TransportState {
  switch (event.type) {
    case 'opened':
      return { open: true, failures: 0, failuresAnswered: 0, reachable: true };
    case 'failed':
      return {
        ...state,
        open: false,
        failures: state.failures + 1,
        failuresAnswered: state.failuresAnswered + (state.reachable === false ? 0 : 1),
      };
    case 'fetched':
      return {
        ...state,
        reachable: event.reachable,
        failuresAnswered: event.reachable ? state.failuresAnswered : 0,
      };
  }
}

/**
 * How long to wait before reopening the stream after `failures` failures: 1 s, 2 s, 4 s … 30 s, with up to
 * a fifth of jitter (`random` in [0, 1)) so a class whose server restarted does not reconnect in one burst.
 */
export function reconnectDelay(failures: number, random: number): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (1 + random / 5));
}

/**
 * Whether a fetch's answer should reopen the stream at once instead of waiting out the backoff: the server
 * answered after it had not (it is back from a restart). A network that only breaks streams keeps
 * answering, so it does not make the page retry the stream every few seconds.
 */
export function cameBack(before: TransportState, after: TransportState): boolean {
  return !after.open && before.reachable === false && after.reachable === true;
}
