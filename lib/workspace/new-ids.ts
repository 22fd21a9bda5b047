import { randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

// 32 divides 256, so masking a random byte to 5 bits is uniform.
function base32(length: number): string {
  return [...randomBytes(length)].map((byte) => BASE32[byte & 31] as string).join('');
}

/** "ws-" and 20 base32 characters: 100 random bits (see ids.ts). */
export function newArticleId(): string {
  return `ws-${base32(20)}`;
}

/** The public part of a share link: 192 random bits, unguessable, and replaced when unpublished. */
export function newShareToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A teacher's own question: "own-" and 12 base32 characters, never an engine id ("q-…"). */
export function newOwnQuestionId(): string {
  return `own-${base32(12)}`;
}
