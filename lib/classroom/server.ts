import 'server-only';

import { getQuiz } from '@/lib/content';
import { processSingleton } from '@/lib/server/process-singleton';
import { classroomEnv } from './env';
import type { SessionEvents } from './events';
import { SharedReads } from './fanout';
import { openStore } from './open-store';
import { CodeGuessLimiter, WindowBudget, type AttemptLimiter } from './rate-limit';
import { Classroom } from './service';
import type { Store } from './store';

interface ClassroomServer {
  store: Store;
  classroom: Classroom;
  /** Changes from every instance sharing the store, for this instance's SSE streams. */
  events: SessionEvents;
  /** Each session's public live state, read once per change for all of this instance's phones. */
  liveStates: SharedReads<Awaited<ReturnType<Classroom['liveState']>>>;
  /** Wrong join codes per client address (every lookup of a session by its code). */
  joinLimiter: AttemptLimiter;
  /** Sessions started per client address. */
  sessionLimiter: AttemptLimiter;
}

/**
 * The process's classroom server (one store, service and limiter per process, shared by every route
 * module), opened on first use. instrumentation.ts opens it at start-up, so a database that cannot be used
 * stops the server before it answers anything; should it fail later (in development), the next request
 * tries again.
 */
export function classroomServer(): Promise<ClassroomServer> {
  return processSingleton(Symbol.for('cited.classroom.server'), open);
}

async function open(): Promise<ClassroomServer> {
  const env = classroomEnv();
  const store = await openStore(env);
  // Students' names are personal data: keep them no longer than the teacher needs the results. Every
  // instance purges; deleting what another instance already deleted is a no-op.
  const retentionMs = env.CITED_RETENTION_DAYS * 86_400_000;
  const purge = async () => {
    try {
      await store.purgeExpiredBefore(Date.now() - retentionMs);
      await store.purgeAttemptsBefore(Date.now() - 86_400_000);
    } catch (error) {
      console.error('[classroom] purge failed:', error);
    }
  };
  await purge();
  setInterval(() => void purge(), 3_600_000).unref();
  const classroom = new Classroom({
    store,
    loadQuiz: getQuiz,
    joinBudget: new WindowBudget(store, {
      prefix: 'join-session',
      limit: env.CITED_JOINS_PER_SESSION_PER_MINUTE,
      windowMs: 60_000,
    }),
    config: {
      maxParticipants: env.CITED_MAX_PARTICIPANTS,
      ttlMs: env.CITED_SESSION_TTL_HOURS * 3_600_000,
      idleMs: env.CITED_SESSION_IDLE_HOURS * 3_600_000,
      maxStoredBytes: env.CITED_MAX_STORED_MB * 1024 * 1024,
    },
  });
  return {
    store,
    events: store.changes,
    liveStates: new SharedReads((sessionId) => classroom.liveState(sessionId)),
    joinLimiter: new CodeGuessLimiter(store, {
      perAddress: env.CITED_WRONG_CODES_PER_ADDRESS,
      windowMs: env.CITED_WRONG_CODE_WINDOW_MINUTES * 60_000,
    }),
    sessionLimiter: new WindowBudget(store, {
      prefix: 'new-session',
      limit: env.CITED_SESSIONS_PER_ADDRESS_PER_HOUR,
      windowMs: 3_600_000,
    }),
    classroom,
  };
}
