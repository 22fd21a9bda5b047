/**
 * Whether a state-changing request may have come from another site's page, by the headers every current
 * browser sends with one: Origin (on every POST, same-origin included), and Sec-Fetch-Site. A request with
 * neither is not from a browser, so it carries no one else's cookies. Returns what gave it away, or null.
 */
export function crossOriginRefusal(
  headers: Headers,
  options: {
    /** Behind the operator's proxy, the Host the browser used is in X-Forwarded-Host. */
    trustForwardedHost: boolean;
    /** Further origins whose pages may post here (e.g. the public name when a proxy rewrites Host). */
    allowedOrigins: ReadonlySet<string>;
  },
): string | null {
  const origin = headers.get('origin');
  if (origin === null) {
    const site = headers.get('sec-fetch-site');
    return site && site !== 'same-origin' && site !== 'none' ? `a ${site} request` : null;
  }
  if (options.allowedOrigins.has(origin.toLowerCase())) return null;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `origin ${origin}`;
    host = url.host;
  } catch {
    return `origin ${origin.slice(0, 100)}`;
  }
  const own = [
    headers.get('host'),
    options.trustForwardedHost ? headers.get('x-forwarded-host') : null,
  ]
    .flatMap((value) => (value ? value.split(',').map((entry) => entry.trim().toLowerCase()) : []))
    .filter(Boolean);
  return own.includes(host.toLowerCase()) ? null : `origin ${origin}`;
}
