import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageRefusal, fetchArticlePage, isPublicAddress, type FetchPolicy } from './fetch-page';

/**
 * Real servers on this machine. "The site" listens on 127.0.0.7 and the policy treats exactly that
 * address as public (no public server is reachable from a test): everything else is judged by the real
 * rule, so a redirect from it to 127.0.0.1, 169.254.169.254 or 10.0.0.1 meets the production check.
 */
const SITE = '127.0.0.7';
let site: Server;
let target: Server;
let sitePort = 0;
let targetPort = 0;
let targetHits = 0;

const PAGE = '<html><head><title>T</title></head><body><p>Hello</p></body></html>';

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  target = createServer((_request, response) => {
    targetHits++;
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
  });
  targetPort = await listen(target, '127.0.0.1');
  site = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://site');
    const hops = Number(url.searchParams.get('hops') ?? '0');
    switch (url.pathname) {
      case '/page':
        return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
      case '/text':
        return response.writeHead(200, { 'Content-Type': 'text/plain' }).end('Plain words.');
      case '/latin1':
        return response
          .writeHead(200, { 'Content-Type': 'text/html; charset=windows-1252' })
          .end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
      case '/chain':
        return response
          .writeHead(302, { Location: hops > 0 ? `/chain?hops=${hops - 1}` : '/page' })
          .end();
      case '/to':
        return response.writeHead(301, { Location: url.searchParams.get('where') ?? '/' }).end();
      case '/pdf':
        return response.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4');
      case '/png':
        return response.writeHead(200, { 'Content-Type': 'image/png' }).end('x');
      case '/untyped':
        return response.writeHead(200).end('x');
      case '/binary':
        return response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end(Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]));
      case '/declared-huge':
        return response
          .writeHead(200, {
            'Content-Type': 'text/html',
            'Content-Length': String(6 * 1024 * 1024),
          })
          .end();
      case '/streamed-huge':
        response.writeHead(200, { 'Content-Type': 'text/html' });
        for (let i = 0; i < 40; i++) response.write('x'.repeat(1024));
        return response.end();
      case '/gzip-bomb':
        return response
          .writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' })
          .end(gzipSync(Buffer.alloc(200_000, 0x61)));
      case '/gzip':
        return response
          .writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' })
          .end(gzipSync(PAGE));
      case '/missing':
        return response.writeHead(404).end('not here');
      case '/slow':
        return; // never answers
      default:
        return response.writeHead(500).end();
    }
  });
  sitePort = await listen(site, SITE);
});

afterAll(async () => {
  site.closeAllConnections();
  await Promise.all([site, target].map((server) => new Promise((done) => server.close(done))));
});

const guarded: FetchPolicy = {
  allowPrivate: false,
  isPublicAddress: (address) => address === SITE || isPublicAddress(address),
  resolve: async (hostname) => {
    if (hostname === 'news.test') return [SITE];
    if (hostname === 'rebind.test') return [SITE, '10.0.0.5'];
    throw new Error('ENOTFOUND');
  },
};
const at = (path: string) => `http://news.test:${sitePort}${path}`;

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PageRefusal) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('isPublicAddress', () => {
  it.each([
    ['93.184.215.14', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['127.8.9.10', false],
    ['10.0.0.1', false],
    ['172.16.4.4', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['255.255.255.255', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('fetchArticlePage', () => {
  it('reads an HTML page, and plain text, from a public address', async () => {
    expect(await fetchArticlePage(at('/page'), guarded)).toEqual({
      url: at('/page'),
      kind: 'html',
      body: PAGE,
    });
    expect(await fetchArticlePage(at('/text'), guarded)).toMatchObject({
      kind: 'text',
      body: 'Plain words.',
    });
    expect((await fetchArticlePage(at('/gzip'), guarded)).body).toBe(PAGE);
    expect((await fetchArticlePage(at('/latin1'), guarded)).body).toBe('café');
  });

  it('follows up to 5 redirects, checking each, and says where it ended', async () => {
    expect((await fetchArticlePage(at('/chain?hops=4'), guarded)).url).toBe(at('/page'));
    expect(await refusal(fetchArticlePage(at('/chain?hops=5'), guarded))).toBe(
      'The page redirected more than 5 times.',
    );
  });

  it.each([
    ['127.0.0.1', () => `http://127.0.0.1:${targetPort}/`],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['10.0.0.1', () => 'http://10.0.0.1/admin'],
    ['::1', () => `http://[::1]:${targetPort}/`],
  ])('refuses a redirect to %s without connecting to it', async (address, where) => {
    targetHits = 0;
    const message = await refusal(
      fetchArticlePage(at(`/to?where=${encodeURIComponent(where())}`), guarded),
    );
    expect(message).toBe(
      `That address leads to a private or local network (${address}), which Cited does not fetch from.`,
    );
    expect(targetHits).toBe(0);
  });

  it('refuses private and loopback addresses, by number or by a name that resolves to one', async () => {
    const real: FetchPolicy = { allowPrivate: false };
    expect(await refusal(fetchArticlePage(`http://127.0.0.1:${targetPort}/`, real))).toMatch(
      /private or local network \(127\.0\.0\.1\)/,
    );
    expect(await refusal(fetchArticlePage(`http://localhost:${targetPort}/`, real))).toMatch(
      /private or local network \((?:127\.0\.0\.1|::1)\)/,
    );
    // One private answer among public ones is enough to refuse (DNS rebinding).
    expect(await refusal(fetchArticlePage(`http://rebind.test:${sitePort}/page`, guarded))).toMatch(
      /\(10\.0\.0\.5\)/,
    );
    expect(targetHits).toBe(0);
  });

  it('fetches from this machine when private addresses are allowed (tests only)', async () => {
    const page = await fetchArticlePage(`http://127.0.0.1:${targetPort}/`, { allowPrivate: true });
    expect(page.body).toBe(PAGE);
  });

  it.each([
    [
      'ftp://news.test/article',
      'Only web addresses starting with http:// or https:// can be fetched, not ftp:.',
    ],
    [
      'file:///etc/passwd',
      'Only web addresses starting with http:// or https:// can be fetched, not file:.',
    ],
    [
      'javascript:alert(1)',
      'Only web addresses starting with http:// or https:// can be fetched, not javascript:.',
    ],
    [
      'news dot test',
      'That is not a web address: it should look like https://example.org/article.',
    ],
    [
      'http://user:secret@news.test/',
      'Web addresses with a user name or password in them are not fetched.',
    ],
    ['http://nowhere.test/', 'The site “nowhere.test” could not be found.'],
  ])('refuses %s', async (url, message) => {
    expect(await refusal(fetchArticlePage(url, guarded))).toBe(message);
  });

  it.each([
    [
      '/pdf',
      'That address is not a web page or text but application/pdf, which cannot be read as an article.',
    ],
    [
      '/png',
      'That address is not a web page or text but image/png, which cannot be read as an article.',
    ],
    ['/untyped', 'The site did not say what kind of file the page is, so it was not read.'],
    ['/binary', 'The page is binary data, not text.'],
    ['/missing', 'The site answered “404 Not Found” instead of the page.'],
    ['/declared-huge', 'The page is larger than 5 MB.'],
  ])('refuses %s in one sentence', async (path, message) => {
    expect(await refusal(fetchArticlePage(at(path), guarded))).toBe(message);
  });

  it('stops reading past the size limit, compressed or not', async () => {
    const small = { ...guarded, maxBytes: 32 * 1024 };
    expect(await refusal(fetchArticlePage(at('/streamed-huge'), small))).toBe(
      'The page is larger than 32 kB.',
    );
    expect(
      await refusal(fetchArticlePage(at('/gzip-bomb'), { ...guarded, maxBytes: 100_000 })),
    ).toBe('The page is larger than 98 kB.');
  });

  it('gives up on a page that does not arrive in time', async () => {
    const started = Date.now();
    expect(await refusal(fetchArticlePage(at('/slow'), { ...guarded, timeoutMs: 400 }))).toBe(
      'The page took longer than 0.4 seconds to load.',
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
