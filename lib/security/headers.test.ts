import { describe, expect, it } from 'vitest';
import { isHttpsRequest, newNonce, pageContentSecurityPolicy } from './headers';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values];
    }),
  );

describe('pageContentSecurityPolicy', () => {
  it('runs scripts by nonce only, allows no inline style and no framing', () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: 'abc', https: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('admits inline styles by the given hashes only, never any inline style', () => {
    const hashes = ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"];
    const policy = directives(
      pageContentSecurityPolicy({ nonce: 'abc', https: false, styleHashes: hashes }),
    );
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc'", ...hashes]);
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
  });

  it('upgrades insecure requests on https only (a school server is often plain http)', () => {
    expect(pageContentSecurityPolicy({ nonce: 'n', https: false })).not.toContain('upgrade');
    expect(pageContentSecurityPolicy({ nonce: 'n', https: true })).toContain(
      'upgrade-insecure-requests',
    );
  });
});

describe('newNonce', () => {
  it('is 128 random bits in base64, new every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('isHttpsRequest', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['https://cited.test/', {}, true],
    ['http://cited.test/', {}, false],
    ['http://127.0.0.1:3000/', { 'x-forwarded-proto': 'https' }, true],
    ['http://127.0.0.1:3000/', { 'x-forwarded-proto': 'http' }, false],
  ])('%s %j → %s', (url, headers, expected) => {
    expect(isHttpsRequest(new URL(url), new Headers(headers))).toBe(expected);
  });
});
