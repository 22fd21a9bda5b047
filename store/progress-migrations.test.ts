import { describe, expect, it } from 'vitest';
import v0 from './fixtures/progress.v0.json';
import v1 from './fixtures/progress.v1.json';
import damaged from './fixtures/cases/progress.v1.one-damaged-record.json';
import newer from './fixtures/cases/progress.v2.from-a-newer-build.json';
import { progressStateSchema } from '@/lib/quiz-play/progress-schema';
import { summarizeQuiz } from '@/lib/quiz-play/progress-summary';
import {
  defaultProgress,
  migrateProgress,
  migrateProgressReport,
  PROGRESS_VERSION,
  upgradeProgress,
} from './progress-migrations';

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

  it('drops a damaged record alone: the other attempts and quizzes are kept, and counted as lost', () => {
    const { state, lost } = migrateProgressReport(damaged.state, damaged.version, now);
    expect(lost).toBe(1);
    expect(state.quizzes[slug]?.attempts.map((attempt) => attempt.id)).toEqual(['mk1-abc']);
    expect(Object.keys(state.quizzes[slug]?.questions ?? {})).toEqual(['q-a', 'q-b']);
    expect(state.quizzes['my-aa11bb22']?.attempts).toHaveLength(1);
    expect(summarizeQuiz(state.quizzes[slug], now)).toMatchObject({ attempts: 1, bestPercent: 50 });
  });

  it('drops a damaged question entry or legacy score alone', () => {
    const good = v1.state.quizzes[slug]!;
    const { state, lost } = migrateProgressReport(
      {
        quizzes: {
          [slug]: { ...good, questions: { ...good.questions, broken: { history: 'x' } } },
          legacyOnly: { attempts: [], questions: {}, legacy: { bestPercent: -5, lastPercent: 2 } },
          notAQuiz: 'nothing here',
        },
      },
      1,
      now,
    );
    expect(lost).toBe(3);
    expect(state.quizzes[slug]).toEqual(good);
    expect(state.quizzes.legacyOnly).toEqual({ attempts: [], questions: {} });
    expect(state.quizzes.notAQuiz).toBeUndefined();
  });

  it('keeps a typed answer the learner counted as right with its mark (an additive field of v1)', () => {
    const good = v1.state.quizzes[slug]!;
    const attempt = good.attempts[0]!;
    const counted = {
      response: { kind: 'text', value: 'the sunshine policy' },
      correct: true,
      timeMs: 10,
      selfOverride: true,
    };
    const withOverride = {
      quizzes: {
        [slug]: {
          ...good,
          attempts: [{ ...attempt, answers: { ...attempt.answers, 'q-x': counted } }],
        },
      },
    };
    const { state, lost } = migrateProgressReport(withOverride, 1, now);
    expect(lost).toBe(0);
    expect(state.quizzes[slug]?.attempts[0]?.answers['q-x']).toEqual(counted);
  });

  it('refuses a file to import with any damaged record (import is all or nothing)', () => {
    expect(upgradeProgress(damaged.state, 1, now)).toBeNull();
    expect(upgradeProgress(v1.state, 1, now)).toEqual(v1.state);
  });

  it('reads a newer build’s value as nothing it knows (the store keeps it aside)', () => {
    expect(migrateProgressReport(newer.state, newer.version, now)).toEqual({
      state: defaultProgress(),
      lost: 1,
    });
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
