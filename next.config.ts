import type { NextConfig } from 'next';
import {
  API_CONTENT_SECURITY_POLICY,
  HSTS_HEADER,
  SECURITY_HEADERS,
  SERVICE_WORKER_CONTENT_SECURITY_POLICY,
} from './lib/security/headers';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The pages carry the stylesheet inline: a phone paints when the HTML arrives, without a render-blocking
  // round trip for the CSS (README, "Lighthouse"). Admitted by the CSP by its hash (lib/security/inline-styles.ts).
  experimental: { inlineCss: true },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  // The pages' Content-Security-Policy carries a per-request nonce and is set by proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: [...SECURITY_HEADERS] },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [HSTS_HEADER],
      },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }],
      },
      {
        // A new build's worker must be found on the next visit, never held back by an HTTP cache.
        source: '/sw.js',
        headers: [
          { key: 'Cache-Control', value: 'no-cache' },
          { key: 'Content-Security-Policy', value: SERVICE_WORKER_CONTENT_SECURITY_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
