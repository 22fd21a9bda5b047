import 'server-only';

import { getQuiz } from '@/lib/content';
import { classroomEnv } from './env';
import { SessionEvents } from './events';
import { CodeGuessLimiter, RateLimiter, type AttemptLimiter } from './rate-limit';
import { Classroom } from './service';
import { SqliteClassroomStore } from './sqlite-store';

interface ClassroomServer {
  classroom: Classroom;
  events: SessionEvents;
  joinLimiter: AttemptLimiter;
}

// One store, one event hub and one limiter per server process, shared by every route module (Next may
// load a route's module more than once, so the instance lives on globalThis, not in module scope).
const KEY = Symbol.for('cited.classroom.server');
type GlobalWithClassroom = typeof globalThis & { [KEY]?: ClassroomServer };

export function classroomServer(): ClassroomServer {
  const holder = globalThis as GlobalWithClassroom;
  const existing = holder[KEY];
  if (existing) return existing;
  const env = classroomEnv();
  const events = new SessionEvents();
  const store = new SqliteClassroomStore(env.CITED_DB_PATH);
  // Students' names are personal data: keep them no longer than the teacher needs the results.
  const retentionMs = env.CITED_RETENTION_DAYS * 86_400_000;
  const purge = () => store.purgeExpiredBefore(Date.now() - retentionMs);
  purge();
  setInterval(purge, 3_600_000).unref();
  const server: ClassroomServer = {
    events,
    joinLimiter: new CodeGuessLimiter(
      new RateLimiter(env.CITED_JOIN_ATTEMPTS_PER_MINUTE, 60_000),
      new RateLimiter(env.CITED_WRONG_CODES_PER_MINUTE_TOTAL, 60_000),
    ),
    classroom: new Classroom({
      store,
      events,
      loadQuiz: getQuiz,
      config: {
        maxParticipants: env.CITED_MAX_PARTICIPANTS,
        ttlMs: env.CITED_SESSION_TTL_HOURS * 3_600_000,
        idleMs: env.CITED_SESSION_IDLE_HOURS * 3_600_000,
      },
    }),
  };
  holder[KEY] = server;
  return server;
}
