import { describe, expect, it } from 'vitest';
import { crossOriginRefusal } from './same-origin';

const options = { trustForwardedHost: false, allowedOrigins: new Set<string>() };

describe('crossOriginRefusal', () => {
  it.each<[string, Record<string, string>, string | null]>([
    ['its own page', { host: 'cited.test:3000', origin: 'http://cited.test:3000' }, null],
    ['its own page over https', { host: 'cited.test', origin: 'https://cited.test' }, null],
    ['a client that is not a browser', { host: 'cited.test' }, null],
    ['a typed address (no initiator)', { host: 'cited.test', 'sec-fetch-site': 'none' }, null],
    [
      'another site',
      { host: 'cited.test', origin: 'https://evil.test' },
      'origin https://evil.test',
    ],
    [
      'another port of the same host',
      { host: 'cited.test:3000', origin: 'http://cited.test:8080' },
      'origin http://cited.test:8080',
    ],
    ['a sandboxed page', { host: 'cited.test', origin: 'null' }, 'origin null'],
    [
      'a same-site page without Origin',
      { host: 'cited.test', 'sec-fetch-site': 'same-site' },
      'a same-site request',
    ],
  ])('%s', (_name, entries, expected) => {
    expect(crossOriginRefusal(new Headers(entries), options)).toBe(expected);
  });

  it('trusts X-Forwarded-Host only behind a configured proxy', () => {
    const headers = new Headers({
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'cited.school.example',
      origin: 'https://cited.school.example',
    });
    expect(crossOriginRefusal(headers, options)).toBe('origin https://cited.school.example');
    expect(crossOriginRefusal(headers, { ...options, trustForwardedHost: true })).toBeNull();
  });

  it('accepts a configured origin', () => {
    const headers = new Headers({ host: '127.0.0.1:3000', origin: 'https://Cited.School.Example' });
    const allowedOrigins = new Set(['https://cited.school.example']);
    expect(crossOriginRefusal(headers, { ...options, allowedOrigins })).toBeNull();
  });
});
