import { attemptSchema, type Attempt, type AttemptState } from '@/lib/quiz-play/progress-schema';
import * as z from 'zod/mini';

import { defaultAttempts } from './persist-config';
import type { Migrated } from './safe-storage';

export { ATTEMPT_KEY, ATTEMPT_VERSION, defaultAttempts } from './persist-config';

/**
 * Keeps every stored attempt that is still valid and drops the rest, so one damaged attempt does not cost
 * the learner the others. Attempts whose index points past their questions are dropped too.
 */
export function migrateAttemptsReport(persisted: unknown, version: number): Migrated<AttemptState> {
  if (version !== 1) return { state: defaultAttempts(), lost: 1 };
  const outer = z.object({ attempts: z.record(z.string(), z.unknown()) }).safeParse(persisted);
  if (!outer.success) return { state: defaultAttempts(), lost: 1 };
  const attempts: Record<string, Attempt> = {};
  let lost = 0;
  for (const [slug, value] of Object.entries(outer.data.attempts)) {
    const attempt = attemptSchema.safeParse(value);
    if (
      attempt.success &&
      attempt.data.slug === slug &&
      attempt.data.index < Math.max(1, attempt.data.questionIds.length)
    ) {
      attempts[slug] = attempt.data;
    } else {
      lost++;
    }
  }
  return { state: { attempts }, lost };
}

export function migrateAttempts(persisted: unknown, version: number): AttemptState {
  return migrateAttemptsReport(persisted, version).state;
}
