import { request as http } from 'node:http';

export interface Sent {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * One HTTP request from a chosen local address (127.0.0.2 is another machine to a server on 127.0.0.1),
 * with any headers, a forged X-Forwarded-For included. Resolves with status 0 when no answer came.
 */
export function send(options: {
  base: string;
  path: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  from?: string;
}): Promise<Sent> {
  const url = new URL(options.path, options.base);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    const request = http(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        localAddress: options.from,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          // An event stream never ends: its first message is enough.
          if (response.headers['content-type']?.startsWith('text/event-stream')) request.destroy();
        });
        const done = () =>
          resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers });
        response.on('end', done);
        response.on('close', done);
      },
    );
    request.on('error', () => resolve({ status: 0, body: '', headers: {} }));
    request.end(body);
  });
}

/** Runs `count` requests made by `make`, at most `concurrency` at a time, and counts their statuses. */
export async function flood(
  count: number,
  concurrency: number,
  make: (i: number) => Promise<Sent>,
): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const { status } = await make(next++);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return statuses;
}

/** A made-up address for a forged X-Forwarded-For (different on every request of a flood). */
export const forgedAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
