// zod/mini keeps the student's phone pages light (full zod adds ~30 kB gzip to their first load).
import { z } from 'zod/mini';
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

const membershipSchema = z.object({
  token: z.string().check(z.minLength(1)),
  participantId: z.string().check(z.minLength(1)),
  name: z.string(),
});
export type Membership = z.infer<typeof membershipSchema>;

const pendingSchema = z.array(
  z.object({ questionId: z.string(), choice: z.string(), submissionId: z.string() }),
);
export type PendingAnswer = z.infer<typeof pendingSchema>[number];

const membershipKey = (code: string) => `cited:classroom:v1:${code}`;
const pendingKey = (code: string) => `cited:classroom:v1:${code}:pending`;

/** The stored value, or null; one that cannot be read is kept aside before the next write replaces it. */
function parse<T>(schema: z.ZodMiniType<T>, key: string): T | null {
  const raw = read(key);
  if (!raw) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
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
  return parse(membershipSchema, membershipKey(code));
}

export function saveMembership(code: string, membership: Membership | null): void {
  write(membershipKey(code), membership ? JSON.stringify(membership) : null);
}

export function loadPending(code: string): PendingAnswer[] {
  return parse(pendingSchema, pendingKey(code)) ?? [];
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
