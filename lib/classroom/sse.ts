import 'server-only';

import type { SessionChange, SessionEvents } from './events';

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/** What a message says by default: only the version, so the client fetches its view if it differs. */
export const versionMessage = (version: number) => `{"version":${version}}`;

/**
 * A Server-Sent Events stream for one session: `{"version":n}` on connect (a client that connects, or
 * reconnects after missing changes, fetches its view if its version differs), then one message per change
 * of interest. `describe` may give a message more to carry (the public state for a phone, new answers for
 * the teacher) so the client needs no fetch; it defaults to the version alone, as it does when describing
 * fails. Messages go out in the order of the changes. Bursts (a whole class answering) are coalesced to one
 * message per `throttleMs`; a control change goes out at once and covers the burst.
 * Heartbeat comments keep proxies from closing an idle stream; `retry:` tells EventSource when to reconnect.
 */
export function sseResponse(options: {
  signal: AbortSignal;
  events: SessionEvents;
  sessionId: string;
  version: number;
  changes: readonly SessionChange[];
  throttleMs: number;
  describe?: (version: number, change: SessionChange) => Promise<string>;
}): Response {
  const { signal, events, sessionId, changes, throttleMs, describe } = options;
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      let latest = options.version;
      let timer: ReturnType<typeof setTimeout> | null = null;
      // Describing is asynchronous: each waits for the message before it to go out, so none overtakes
      // another and `describe` may compare with what it described before.
      let queue = Promise.resolve();
      const flush = (change: SessionChange) => {
        timer = null;
        const version = latest;
        if (!describe) {
          send(`data: ${versionMessage(version)}\n\n`);
          return;
        }
        queue = queue.then(async () => {
          if (closed) return;
          const described = await describe(version, change).catch(() => versionMessage(version));
          send(`data: ${described}\n\n`);
        });
      };
      send(`retry: 3000\n\n`);
      send(`data: ${versionMessage(latest)}\n\n`);
      const unsubscribe = events.subscribe(sessionId, (version, change) => {
        if (!changes.includes(change)) return;
        latest = Math.max(latest, version);
        if (change === 'control') {
          if (timer) clearTimeout(timer);
          flush('control');
        } else if (!timer) {
          timer = setTimeout(() => flush('activity'), throttleMs);
        }
      });
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        if (timer) clearTimeout(timer);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      signal.addEventListener('abort', stop, { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
