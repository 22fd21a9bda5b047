import ipaddr from 'ipaddr.js';

/** One address of one network interface, as `node:os` `networkInterfaces()` lists it. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

/**
 * Where students' phones open the join page, and why that address:
 * - `configured`: CITED_PUBLIC_URL;
 * - `network`: the teacher opened the dashboard on localhost, so this machine's own network address;
 * - `loopback`: on localhost with no network address to offer: no phone can open it;
 * - `as-opened`: the address the teacher's browser used, which other devices can use too.
 */
export interface JoinAddress {
  origin: string;
  source: 'configured' | 'network' | 'loopback' | 'as-opened';
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (!ipaddr.isValid(host)) return false;
  const parsed = ipaddr.process(host);
  return parsed.range() === 'loopback' || parsed.range() === 'unspecified';
}

/** Private LAN ranges first (what a classroom's Wi-Fi hands out), then any other routable address. */
function networkAddress(interfaces: readonly InterfaceAddress[]): string | null {
  const candidates = interfaces
    .filter((entry) => !entry.internal && (entry.family === 'IPv4' || entry.family === 4))
    .map((entry) => entry.address)
    .filter((address) => ipaddr.IPv4.isValid(address))
    .filter(
      (address) =>
        !['linkLocal', 'loopback', 'unspecified'].includes(ipaddr.parse(address).range()),
    );
  return (
    candidates.find((address) => ipaddr.parse(address).range() === 'private') ??
    candidates[0] ??
    null
  );
}

/**
 * The origin for join links and QR codes. `requestOrigin` is the address the teacher's browser used
 * ("http://localhost:3000"); `interfaces` is this machine's addresses (flattened `networkInterfaces()`).
 */
export function joinAddress({
  publicUrl,
  requestOrigin,
  interfaces,
}: {
  publicUrl: string | undefined;
  requestOrigin: string;
  interfaces: readonly InterfaceAddress[];
}): JoinAddress {
  if (publicUrl) return { origin: publicUrl, source: 'configured' };
  let url: URL;
  try {
    url = new URL(requestOrigin);
  } catch {
    return { origin: requestOrigin, source: 'as-opened' };
  }
  if (!isLoopbackHost(url.hostname)) return { origin: url.origin, source: 'as-opened' };
  const address = networkAddress(interfaces);
  if (!address) return { origin: url.origin, source: 'loopback' };
  url.hostname = address;
  return { origin: url.origin, source: 'network' };
}
