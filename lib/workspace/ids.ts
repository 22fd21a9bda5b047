import { randomBytes } from 'node:crypto';

/**
 * Workspace articles live beside the library under /teach/<id>. Their ids are "ws-" and 20 characters of
 * base32 (100 random bits), which lib/content.ts refuses as an article slug, so the two never meet.
 */
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const ARTICLE_ID = /^ws-[a-z2-7]{20}$/;
const SHARE_TOKEN = /^[A-Za-z0-9_-]{32}$/;

function base32(bytes: number, length: number): string {
  return [...randomBytes(bytes)]
    .map((byte) => BASE32[byte & 31] as string)
    .join('')
    .slice(0, length);
}

export function newArticleId(): string {
  return `ws-${base32(20, 20)}`;
}

export function isWorkspaceArticleId(value: string): boolean {
  return ARTICLE_ID.test(value);
}

/** The public part of a share link: 192 random bits, unguessable, and replaced when unpublished. */
export function newShareToken(): string {
  return randomBytes(24).toString('base64url');
}

export function isShareToken(value: string): boolean {
  return SHARE_TOKEN.test(value);
}

/** A teacher's own question: "own-" and 12 base32 characters, never an engine id ("q-…"). */
export function newOwnQuestionId(): string {
  return `own-${base32(12, 12)}`;
}
