import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';

/**
 * Fetches a web page for the teacher workspace, guarded: http(s) only; every address a host resolves to
 * must be public (checked after DNS resolution, and the socket connects to the very address checked, so a
 * second lookup cannot swap in a private one); at most 5 redirects, each checked the same way; 10 s in
 * all; 5 MB after decompression; HTML or plain text only. Every refusal is a `PageRefusal` worded as one
 * sentence a teacher can read.
 */
export class PageRefusal extends Error {
  override name = 'PageRefusal';
}

export interface FetchPolicy {
  /** CITED_ALLOW_PRIVATE_URLS=1: tests fetch from servers on this machine. */
  allowPrivate: boolean;
  maxRedirects?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Resolves a host name to its addresses (tests point names at chosen addresses). */
  resolve?: (hostname: string) => Promise<string[]>;
  /** Whether an address may be fetched from when private ones are not allowed. */
  isPublicAddress?: (address: string) => boolean;
}

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  kind: 'html' | 'text';
  body: string;
}

export const FETCH_LIMITS = { maxRedirects: 5, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

/** Only globally routable unicast addresses: not loopback, private, link-local, CGNAT, multicast … */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

const defaultResolve = async (hostname: string) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))} MB`
    : `${Math.round(bytes / 1024)} kB`;
const seconds = (ms: number) => (ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 });

function parseAddress(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new PageRefusal(
      'That is not a web address: it should look like https://example.org/article.',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PageRefusal(
      `Only web addresses starting with http:// or https:// can be fetched, not ${url.protocol}.`,
    );
  }
  if (url.username || url.password) {
    throw new PageRefusal('Web addresses with a user name or password in them are not fetched.');
  }
  return url;
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string;
  body: string;
}

/** Fetches `raw` under `policy`; PageRefusal says why not. */
export async function fetchArticlePage(raw: string, policy: FetchPolicy): Promise<FetchedPage> {
  const limits = {
    maxRedirects: policy.maxRedirects ?? FETCH_LIMITS.maxRedirects,
    timeoutMs: policy.timeoutMs ?? FETCH_LIMITS.timeoutMs,
    maxBytes: policy.maxBytes ?? FETCH_LIMITS.maxBytes,
  };
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let url = parseAddress(raw);
  for (let redirects = 0; ; redirects++) {
    const hop = await fetchOnce(url, policy, limits.maxBytes, deadline, limits.timeoutMs);
    if (hop.status >= 300 && hop.status < 400 && hop.location !== null) {
      if (redirects >= limits.maxRedirects) {
        throw new PageRefusal(`The page redirected more than ${limits.maxRedirects} times.`);
      }
      let next: URL;
      try {
        next = new URL(hop.location, url);
      } catch {
        throw new PageRefusal('The page redirected to something that is not a web address.');
      }
      url = parseAddress(next.toString());
      continue;
    }
    if (hop.status < 200 || hop.status >= 300) {
      throw new PageRefusal(
        `The site answered “${hop.status} ${http.STATUS_CODES[hop.status] ?? 'error'}” instead of the page.`,
      );
    }
    return { url: url.toString(), kind: kindOf(hop.contentType), body: hop.body };
  }
}

function kindOf(contentType: string): 'html' | 'text' {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  throw new PageRefusal(
    type
      ? `That address is not a web page or text but ${type}, which cannot be read as an article.`
      : 'The site did not say what kind of file the page is, so it was not read.',
  );
}

/** The addresses `hostname` may be reached at under the policy, or a refusal. */
async function allowedAddresses(hostname: string, policy: FetchPolicy): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(bare)) addresses = [bare];
  else {
    try {
      addresses = await (policy.resolve ?? defaultResolve)(bare);
    } catch {
      throw new PageRefusal(`The site “${bare}” could not be found.`);
    }
  }
  if (addresses.length === 0) throw new PageRefusal(`The site “${bare}” could not be found.`);
  if (!policy.allowPrivate) {
    const isPublic = policy.isPublicAddress ?? isPublicAddress;
    const blocked = addresses.find((address) => !isPublic(address));
    if (blocked) {
      throw new PageRefusal(
        `That address leads to a private or local network (${blocked}), which Cited does not fetch from.`,
      );
    }
  }
  return addresses;
}

async function fetchOnce(
  url: URL,
  policy: FetchPolicy,
  maxBytes: number,
  deadline: AbortSignal,
  timeoutMs: number,
): Promise<Hop> {
  const addresses = await allowedAddresses(url.hostname, policy);
  const address = addresses[0] as string;
  // The socket connects to the address just checked: no second DNS answer is consulted.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const family = isIP(address);
    if ((options as { all?: boolean }).all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const timedOut = () =>
      new PageRefusal(`The page took longer than ${seconds(timeoutMs)} seconds to load.`);
    if (deadline.aborted) {
      reject(timedOut());
      return;
    }
    const request = client.request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        signal: deadline,
        headers: {
          'User-Agent': 'Cited/0.1 (article import for a classroom quiz)',
          Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
          'Accept-Encoding': 'gzip, deflate, br',
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location ?? null;
        const contentType = String(response.headers['content-type'] ?? '');
        if (status >= 300 && status < 400 && location !== null) {
          response.resume();
          resolve({ status, location, contentType, body: '' });
          return;
        }
        if (status >= 200 && status < 300) {
          // Refuse the wrong kind of file before reading any of it.
          try {
            kindOf(contentType);
          } catch (error) {
            response.destroy();
            reject(error);
            return;
          }
        }
        const declared = Number(response.headers['content-length'] ?? '0');
        if (declared > maxBytes) {
          response.destroy();
          reject(new PageRefusal(`The page is larger than ${megabytes(maxBytes)}.`));
          return;
        }
        const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
        const decoded =
          encoding === 'gzip' || encoding === 'x-gzip'
            ? response.pipe(zlib.createGunzip())
            : encoding === 'deflate'
              ? response.pipe(zlib.createInflate())
              : encoding === 'br'
                ? response.pipe(zlib.createBrotliDecompress())
                : response;
        const chunks: Buffer[] = [];
        let size = 0;
        decoded.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            decoded.destroy();
            reject(new PageRefusal(`The page is larger than ${megabytes(maxBytes)}.`));
            return;
          }
          chunks.push(chunk);
        });
        decoded.on('error', (error) => {
          if (deadline.aborted) reject(timedOut());
          else reject(new PageRefusal(`The page could not be read (${error.message}).`));
        });
        decoded.on('end', () => {
          const bytes = Buffer.concat(chunks);
          if (bytes.includes(0)) {
            reject(new PageRefusal('The page is binary data, not text.'));
            return;
          }
          resolve({ status, location, contentType, body: decode(bytes, contentType) });
        });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof PageRefusal) reject(error);
      else if (deadline.aborted || error.name === 'AbortError') reject(timedOut());
      else
        reject(new PageRefusal(`The site could not be reached (${error.code ?? error.message}).`));
    });
    request.end();
  });
}

/** Text in the charset the response or the page declares; UTF-8 when neither does or it is unknown. */
function decode(bytes: Buffer, contentType: string): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
