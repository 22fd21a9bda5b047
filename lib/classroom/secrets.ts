import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Join codes: 6 characters from 32 that cannot be mistaken for each other when read off a projector
 * (no 0/O, 1/I). 32^6 = 2^30 ≈ 1.07 billion codes. With at most a few hundred open sessions, one guess hits
 * one with odds of about 1 in 3.5 million, and the join endpoint allows 20 failed guesses a minute per
 * address, so finding any class by guessing takes on the order of 100 days of continuous trying.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  // 32 divides 256, so masking a random byte to 5 bits is uniform (no modulo bias).
  return [...randomBytes(JOIN_CODE_LENGTH)]
    .map((byte) => JOIN_CODE_ALPHABET[byte & 31] as string)
    .join('');
}

/** What a student typed → the canonical code, or null when it cannot be one ("ab2-cd3" → "AB2CD3"). */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}

/** 256 random bits, URL-safe: host secrets and participant tokens. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** 128 random bits: session and participant ids (not secret, but not guessable either). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** Secrets are stored only as SHA-256 hashes, so a leaked database file holds no usable token. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
