import { isIP } from 'node:net';

/**
 * Who sent a request, for rate limits. The socket's address is the only one a client cannot choose;
 * `x-forwarded-for` is whatever the client (or each proxy on the way) wrote, so it counts only when the
 * operator says how many proxies of theirs stand in front of the app (`CITED_TRUST_PROXY`): then the
 * address that many entries from the right is the one the outermost trusted proxy saw.
 */

/** Set on every request by `watchRequests` (request-start.ts), overwriting whatever a client sent. */
export const PEER_ADDRESS_HEADER = 'x-cited-peer-address';

export interface AddressSource {
  /** How many proxies of the operator's own append to or overwrite x-forwarded-for; 0 trusts none. */
  trustProxyHops: number;
  /** Whether the peer address header was written by this process (so a client cannot have forged it). */
  peerRecorded: boolean;
}

/** The client's address, or 'unknown' when it cannot be told (every such request shares one budget). */
export function clientAddress(headers: Headers, source: AddressSource): string {
  if (source.trustProxyHops > 0) {
    const hops = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const seen = hops[hops.length - source.trustProxyHops];
    if (seen) return normalizeAddress(seen);
  }
  const peer = source.peerRecorded ? headers.get(PEER_ADDRESS_HEADER) : null;
  return peer ? normalizeAddress(peer) : 'unknown';
}

/**
 * The key a rate limit counts an address under: IPv4 as it is, IPv6 by its /64 (one household or phone
 * gets a whole /64 and can pick any address in it), IPv4-mapped IPv6 as IPv4.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIP(address) !== 6) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function normalizeAddress(raw: string): string {
  // "[2001:db8::1]:443" and "203.0.113.5:8080" as some proxies write them, and zone ids ("fe80::1%eth0").
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address))
    address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, '');
  return isIP(address) ? addressKey(address) : 'unknown';
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail ("::1.2.3.4") is two groups.
  const last = right.length ? right : left;
  const v4 = last.at(-1)?.includes('.') ? last.pop() : undefined;
  if (v4) {
    const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right].map((group) =>
    group.replace(/^0+(?=.)/, ''),
  );
}
