import { keepAside } from '@/store/kept-aside';

/**
 * What a student's device remembers about a live session: its participant token (so a reload or a dropped
 * connection resumes as the same student) and answers not yet acknowledged by the server. localStorage can
 * throw (private mode, quota); then it lives in memory for this tab only, which still covers reconnects.
 */

const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
}

// Two small shapes checked by hand: even zod/mini brings zod's core (~25 kB gzip) to a student's phone
// on /join and /live, for values this device wrote itself.
export interface Membership {
  token: string;
  participantId: string;
  name: string;
}

export interface PendingAnswer {
  questionId: string;
  choice: string;
  submissionId: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asMembership(value: unknown): Membership | null {
  if (!isRecord(value)) return null;
  const { token, participantId, name } = value;
  return typeof token === 'string' &&
    token.length > 0 &&
    typeof participantId === 'string' &&
    participantId.length > 0 &&
    typeof name === 'string'
    ? { token, participantId, name }
    : null;
}

function asPending(value: unknown): PendingAnswer[] | null {
  if (!Array.isArray(value)) return null;
  const answers: PendingAnswer[] = [];
  for (const item of value) {
    if (!isRecord(item)) return null;
    const { questionId, choice, submissionId } = item;
    if (
      typeof questionId !== 'string' ||
      typeof choice !== 'string' ||
      typeof submissionId !== 'string'
    )
      return null;
    answers.push({ questionId, choice, submissionId });
  }
  return answers;
}

const membershipKey = (code: string) => `cited:classroom:v1:${code}`;
const pendingKey = (code: string) => `cited:classroom:v1:${code}:pending`;

/** The stored value, or null; one that cannot be read is kept aside before the next write replaces it. */
function parse<T>(check: (value: unknown) => T | null, key: string): T | null {
  const raw = read(key);
  if (!raw) return null;
  try {
    const parsed = check(JSON.parse(raw));
    if (parsed !== null) return parsed;
  } catch {
    // Not JSON: kept aside below.
  }
  try {
    keepAside(window.localStorage, { key, reason: 'unreadable', raw });
  } catch {
    // Storage is not there at all: then nothing was stored either.
  }
  return null;
}

export function loadMembership(code: string): Membership | null {
  return parse(asMembership, membershipKey(code));
}

export function saveMembership(code: string, membership: Membership | null): void {
  write(membershipKey(code), membership ? JSON.stringify(membership) : null);
}

export function loadPending(code: string): PendingAnswer[] {
  return parse(asPending, pendingKey(code)) ?? [];
}

export function savePending(code: string, pending: PendingAnswer[]): void {
  write(pendingKey(code), pending.length ? JSON.stringify(pending) : null);
}

/**
 * crypto.randomUUID exists only in secure contexts, and a classroom server is often reached over plain
 * http on the school network; getRandomValues works everywhere.
 */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
