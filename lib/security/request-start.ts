import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_ADDRESS_HEADER } from './client-address';

/** Where a request whose path cannot be decoded is sent instead (app/api/bad-path answers 400). */
export const BAD_PATH_ROUTE = '/api/bad-path';

const KEY = Symbol.for('cited.request-start.watching');
type Holder = typeof globalThis & { [KEY]?: boolean };

/**
 * Runs for every request before Next sees it, through Node's `http.server.request.start` channel (which
 * fires before the server's 'request' listeners):
 * - writes the socket's address into a header. Route handlers get a web `Request`, which has no socket,
 *   and `next start` keeps a client's own `x-forwarded-for` rather than the socket's address; a client's
 *   copy of the header is overwritten, so it always holds the real peer.
 * - sends a path Next cannot decode (a `%` not followed by two hex digits) to a route that answers 400:
 *   Next fails on it before any code of ours runs, with a 500 and no security headers.
 */
export function watchRequests(): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? '';
    if (request.url && !decodablePath(request.url)) request.url = BAD_PATH_ROUTE;
  });
  holder[KEY] = true;
}

/** Whether this process records peer addresses (otherwise the header could come from a client). */
export function peerAddressesRecorded(): boolean {
  return (globalThis as Holder)[KEY] === true;
}

/** Whether every segment of the path part of `url` decodes (Next decodes each one to route it). */
export function decodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    for (const segment of path.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
