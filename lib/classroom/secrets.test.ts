import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  hashSecret,
  newJoinCode,
  newSecret,
  normalizeJoinCode,
  secretMatches,
} from './secrets';

describe('newJoinCode', () => {
  it('uses 32 unambiguous characters (30 bits in 6)', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01IO]/);
    const codes = Array.from({ length: 2000 }, newJoinCode);
    expect(codes.every((code) => normalizeJoinCode(code) === code)).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    // Every character appears: the mapping is not biased towards part of the alphabet.
    expect(new Set(codes.join('')).size).toBe(32);
  });
});

describe('normalizeJoinCode', () => {
  it.each([
    ['ab2-cd3', 'AB2CD3'],
    [' XY Z234 ', 'XYZ234'],
    ['AB2CD', null],
    ['AB2CD30', null],
    ['AB0CD3', null],
    ['<scri>', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });
});

describe('secrets', () => {
  it('are 256-bit, stored hashed, and checked against the hash', () => {
    const secret = newSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const hash = hashSecret(secret);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(newSecret(), hash)).toBe(false);
  });
});
