import { describe, expect, it } from 'vitest';
import { joinAddress, type InterfaceAddress } from './join-address';

const loopback: InterfaceAddress[] = [
  { address: '127.0.0.1', family: 'IPv4', internal: true },
  { address: '::1', family: 'IPv6', internal: true },
];
const wifi: InterfaceAddress = { address: '192.168.1.20', family: 'IPv4', internal: false };
const linkLocal: InterfaceAddress = { address: '169.254.3.4', family: 'IPv4', internal: false };
const publicV4: InterfaceAddress = { address: '203.0.113.9', family: 4, internal: false };
const v6: InterfaceAddress = { address: 'fd00::2', family: 'IPv6', internal: false };

describe('joinAddress', () => {
  it.each([
    [
      'CITED_PUBLIC_URL wins over everything',
      'https://cited.example.org',
      'http://localhost:3000',
      [...loopback, wifi],
      { origin: 'https://cited.example.org', source: 'configured' },
    ],
    [
      'localhost: this machine’s LAN address, same port',
      undefined,
      'http://localhost:3000',
      [...loopback, wifi],
      { origin: 'http://192.168.1.20:3000', source: 'network' },
    ],
    [
      '127.0.0.1 too',
      undefined,
      'http://127.0.0.1:3400',
      [...loopback, wifi],
      { origin: 'http://192.168.1.20:3400', source: 'network' },
    ],
    [
      '[::1] too',
      undefined,
      'http://[::1]:3000',
      [...loopback, wifi],
      { origin: 'http://192.168.1.20:3000', source: 'network' },
    ],
    [
      'a private address before a public one, never link-local',
      undefined,
      'http://localhost:3000',
      [linkLocal, publicV4, wifi],
      { origin: 'http://192.168.1.20:3000', source: 'network' },
    ],
    [
      'a public address when there is no private one',
      undefined,
      'http://localhost',
      [...loopback, linkLocal, publicV4],
      { origin: 'http://203.0.113.9', source: 'network' },
    ],
    [
      'nothing but loopback (and IPv6): says so',
      undefined,
      'http://localhost:3000',
      [...loopback, v6, linkLocal],
      { origin: 'http://localhost:3000', source: 'loopback' },
    ],
    [
      'a network address the teacher typed is kept',
      undefined,
      'http://10.0.0.5:3000',
      [...loopback, wifi],
      { origin: 'http://10.0.0.5:3000', source: 'as-opened' },
    ],
    [
      'a host name the teacher typed is kept',
      undefined,
      'https://cited.school.example',
      [...loopback, wifi],
      { origin: 'https://cited.school.example', source: 'as-opened' },
    ],
  ] as const)('%s', (_name, publicUrl, requestOrigin, interfaces, expected) => {
    expect(joinAddress({ publicUrl, requestOrigin, interfaces })).toEqual(expected);
  });
});
