import 'server-only';

import type { SessionChange, SessionEvents } from './events';

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/**
 * A Server-Sent Events stream of `{"version":n}` messages for one session: one on connect, then one per
 * change of interest. Messages carry no data of their own: the client fetches its view (with its own
 * credentials) on each. Bursts (a whole class answering) are coalesced to one message per `throttleMs`.
 * Heartbeat comments keep proxies from closing an idle stream; `retry:` tells EventSource when to reconnect.
 */
export function sseResponse(options: {
  signal: AbortSignal;
  events: SessionEvents;
  sessionId: string;
  version: number;
  changes: readonly SessionChange[];
  throttleMs: number;
}): Response {
  const { signal, events, sessionId, changes, throttleMs } = options;
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
      const flush = () => {
        timer = null;
        send(`data: {"version":${latest}}\n\n`);
      };
      send(`retry: 3000\n\n`);
      flush();
      const unsubscribe = events.subscribe(sessionId, (version, change) => {
        if (!changes.includes(change)) return;
        latest = Math.max(latest, version);
        if (change === 'control') {
          if (timer) clearTimeout(timer);
          flush();
        } else if (!timer) {
          timer = setTimeout(flush, throttleMs);
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
