import { NextResponse, type NextRequest } from 'next/server';
import { isHttpsRequest, newNonce, pageContentSecurityPolicy } from './lib/security/headers';
import { servedStylesheetHashSources } from './lib/security/inline-styles';

/**
 * Gives every page response a Content-Security-Policy with a fresh nonce. Next reads the nonce from the
 * request's policy header and puts it on its own scripts; the root layout reads `x-nonce` for the one
 * script of ours. Every page is therefore rendered per request (a prerendered page could not carry it).
 * The stylesheet the pages carry inline is admitted by its hash (lib/security/inline-styles.ts).
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    https: isHttpsRequest(request.nextUrl, request.headers),
    development: process.env.NODE_ENV === 'development',
    styleHashes: servedStylesheetHashSources(),
  });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not the API: Next buffers a request body for the proxy before the route can read it, which would
      // defeat the routes' own size limit (lib/classroom/http.ts) and their headers come from next.config.ts.
      // Not static files, which run no script (the service worker has its own policy, next.config.ts).
      // Prefetches are never shown as a document.
      source: '/((?!api/|_next/static/|_next/image|favicon\\.ico|icon\\.svg|icons/|sw\\.js).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
