/**
 * Every security header the app sends, in one place: next.config.ts applies the static ones to every
 * response, proxy.ts puts a per-request nonce into the pages' Content-Security-Policy. A route or page added
 * later gets them without doing anything. Imported by next.config.ts, so relative imports only.
 */

export interface HeaderEntry {
  key: string;
  value: string;
}

/** On every response: pages, API, static files. */
export const SECURITY_HEADERS: readonly HeaderEntry[] = [
  // A JSON answer or an uploaded-looking file is never sniffed into HTML or script.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links to other sites (article sources) carry the origin only, never a join code or session path.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // frame-ancestors in the CSP is the rule; this is for browsers that predate it.
  { key: 'X-Frame-Options', value: 'DENY' },
  // No other site's window keeps a handle on ours (window.opener), and ours none on theirs.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
];

/**
 * Sent only on https (browsers ignore it on http anyway, and a classroom server is often reached over plain
 * http on the school network, where it must not be promised): a year, without includeSubDomains, since the
 * app does not know what else runs on the operator's domain.
 */
export const HSTS_HEADER: HeaderEntry = {
  key: 'Strict-Transport-Security',
  value: 'max-age=31536000',
};

/** The API answers JSON, CSV and event streams: nothing in them may load or run anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The service worker's own policy (a worker runs under the policy of its script's response, not the page's):
 * it fetches this site only and loads no other script (it is one bundled file, no importScripts).
 */
export const SERVICE_WORKER_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * The pages' policy. Scripts run only with this response's nonce ('strict-dynamic' lets Next's own scripts
 * load the chunks they need); styles from this site, with the nonce, or inline with one of `styleHashes`
 * (the build's stylesheet, which the pages carry inline: lib/security/inline-styles.ts); no inline style
 * attributes (bars are SVG); same-origin fetches, event streams,
 * the quiz generator's worker and the service worker (worker-src 'self'); data: images for the join QR code. `upgrade-insecure-requests` only on
 * https: on a plain-http school server it would send every request to a port nothing listens on.
 */
export function pageContentSecurityPolicy(options: {
  nonce: string;
  https: boolean;
  development?: boolean;
  /** CSP hash sources (`'sha256-…'`) of the exact stylesheets the pages carry inline. */
  styleHashes?: readonly string[];
}): string {
  const { nonce, https, development = false, styleHashes = [] } = options;
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    [
      "style-src 'self'",
      `'nonce-${nonce}'`,
      ...styleHashes,
      ...(development ? ["'unsafe-inline'"] : []),
    ].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "media-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** 128 random bits, base64: a fresh one for every page response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Whether the browser reached us over https (directly or, as every TLS proxy says, x-forwarded-proto). */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  if (url.protocol === 'https:') return true;
  return (headers.get('x-forwarded-proto') ?? '').split(',')[0]?.trim() === 'https';
}
