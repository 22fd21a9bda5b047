import { attemptSchema, type Attempt, type AttemptState } from '@/lib/quiz-play/progress-schema';
import * as z from 'zod/mini';

import { defaultAttempts } from './persist-config';
import type { Migrated } from './safe-storage';

export { ATTEMPT_KEY, ATTEMPT_VERSION, defaultAttempts } from './persist-config';

/**
 * One stored attempt of a version → the current shape, not yet validated. Version 2 added self-overrides
 * ("I was right" on a typed answer); a version 1 build never wrote one and ignored unknown keys, so a v1
 * attempt is read as it was then: without any.
 */
const ATTEMPT_UPGRADES: Record<number, (attempt: unknown) => unknown> = {
  1: (attempt) => {
    if (typeof attempt !== 'object' || attempt === null || !('answers' in attempt)) return attempt;
    const { answers } = attempt;
    if (typeof answers !== 'object' || answers === null) return attempt;
    return {
      ...attempt,
      answers: Object.fromEntries(
        Object.entries(answers).map(([id, record]) => {
          if (typeof record !== 'object' || record === null) return [id, record];
          const { selfOverride: _unknownInV1, ...v1 } = record as Record<string, unknown>;
          return [id, v1];
        }),
      ),
    };
  },
  2: (attempt) => attempt,
};

/**
 * Keeps every stored attempt that is still valid and drops the rest, so one damaged attempt does not cost
 * the learner the others. Attempts whose index points past their questions are dropped too.
 */
export function migrateAttemptsReport(persisted: unknown, version: number): Migrated<AttemptState> {
  const upgrade = ATTEMPT_UPGRADES[version];
  if (!upgrade) return { state: defaultAttempts(), lost: 1 };
  const outer = z.object({ attempts: z.record(z.string(), z.unknown()) }).safeParse(persisted);
  if (!outer.success) return { state: defaultAttempts(), lost: 1 };
  const attempts: Record<string, Attempt> = {};
  let lost = 0;
  for (const [slug, value] of Object.entries(outer.data.attempts)) {
    const attempt = attemptSchema.safeParse(upgrade(value));
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
