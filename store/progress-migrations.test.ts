import { describe, expect, it } from 'vitest';
import v0 from './fixtures/progress.v0.json';
import v1 from './fixtures/progress.v1.json';
import { progressStateSchema } from '@/lib/quiz-play/progress-schema';
import { summarizeQuiz } from '@/lib/quiz-play/progress-summary';
import { defaultProgress, migrateProgress, PROGRESS_VERSION } from './progress-migrations';

const now = new Date('2026-11-28T10:00:00.000Z');
const slug = 'korea-foreign-relations';

describe('migrateProgress', () => {
  it('is at version 1; each version below has a frozen fixture tested here', () => {
    expect(PROGRESS_VERSION).toBe(1);
    expect([v0.version, v1.version]).toEqual([0, 1]);
  });

  it('v0 (prototype) → current: scores carry over, missed questions are due for review now', () => {
    const migrated = migrateProgress(v0.state, v0.version, now);
    expect(progressStateSchema.safeParse(migrated).success).toBe(true);
    const quiz = migrated.quizzes[slug]!;
    expect(quiz.legacy).toEqual({ bestPercent: 85, lastPercent: 62 });
    expect(Object.keys(quiz.questions).sort()).toEqual(['q-timeline-2017', 'q-when-nuclear-free']);
    expect(quiz.questions['q-timeline-2017']?.card?.due).toBe(now.toISOString());
    expect(summarizeQuiz(quiz, now)).toMatchObject({
      bestPercent: 85,
      lastPercent: 62,
      dueCount: 2,
    });
  });

  it('v1 → current: kept as it is', () => {
    expect(migrateProgress(v1.state, v1.version, now)).toEqual(v1.state);
  });

  it.each([
    ['null', null, 1],
    ['a string', 'oops', 1],
    ['a wrong shape', { quizzes: { x: { attempts: 'no' } } }, 1],
    ['a v0 value labelled v1', v0.state, 1],
    ['a bad v0 value', { scores: { x: { best: 'high' } } }, 0],
    ['an unknown version', v1.state, 99],
    ['an unreadable version', v1.state, -1],
  ])('falls back to empty progress for %s, without throwing', (_name, value, version) => {
    expect(migrateProgress(value, version, now)).toEqual(defaultProgress());
  });
});
