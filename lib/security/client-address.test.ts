import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER, addressKey, clientAddress } from './client-address';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('clientAddress', () => {
  const recorded = { trustProxyHops: 0, peerRecorded: true };

  it('uses the socket address and ignores a forged x-forwarded-for without a trusted proxy', () => {
    const forged = headers({ 'x-forwarded-for': '10.9.8.7', [PEER_ADDRESS_HEADER]: '192.0.2.10' });
    expect(clientAddress(forged, recorded)).toBe('192.0.2.10');
  });

  it('does not believe a peer header this process did not write', () => {
    const forged = headers({ [PEER_ADDRESS_HEADER]: '192.0.2.10' });
    expect(clientAddress(forged, { trustProxyHops: 0, peerRecorded: false })).toBe('unknown');
  });

  it.each([
    // One proxy that overwrites the header, one that appends to what the client sent, two proxies.
    ['203.0.113.5', 1, '203.0.113.5'],
    ['6.6.6.6, 203.0.113.5', 1, '203.0.113.5'],
    ['6.6.6.6, 203.0.113.5, 10.0.0.2', 2, '203.0.113.5'],
    ['[2001:db8::1]:443', 1, '2001:db8:0:0::/64'],
    ['203.0.113.5:8080', 1, '203.0.113.5'],
  ])('x-forwarded-for %j with %i trusted proxies → %s', (forwarded, hops, expected) => {
    const request = headers({ 'x-forwarded-for': forwarded, [PEER_ADDRESS_HEADER]: '10.0.0.1' });
    expect(clientAddress(request, { trustProxyHops: hops, peerRecorded: true })).toBe(expected);
  });

  it('falls back to the socket when the trusted proxies wrote fewer entries than configured', () => {
    const request = headers({
      'x-forwarded-for': '203.0.113.5',
      [PEER_ADDRESS_HEADER]: '10.0.0.1',
    });
    expect(clientAddress(request, { trustProxyHops: 2, peerRecorded: true })).toBe('10.0.0.1');
  });

  it('reads garbage as unknown', () => {
    const request = headers({ 'x-forwarded-for': 'not-an-address' });
    expect(clientAddress(request, { trustProxyHops: 1, peerRecorded: false })).toBe('unknown');
  });
});

describe('addressKey', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1:2', 'fe80:0:0:0::/64'],
  ])('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('puts a whole /64 under one key, so a client cannot rotate its way out', () => {
    const keys = new Set(
      ['2001:db8:aa:bb::1', '2001:db8:aa:bb:ffff:1:2:3', '2001:db8:aa:bb::dead:beef'].map(
        addressKey,
      ),
    );
    expect(keys.size).toBe(1);
  });
});
