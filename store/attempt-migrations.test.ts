import { describe, expect, it } from 'vitest';
import v1 from './fixtures/attempt.v1.json';
import v2 from './fixtures/attempt.v2.json';
import { ATTEMPT_VERSION, defaultAttempts, migrateAttempts } from './attempt-migrations';

const slug = 'korea-foreign-relations';

describe('migrateAttempts', () => {
  it('is at version 2; each version has a frozen fixture tested here', () => {
    expect(ATTEMPT_VERSION).toBe(2);
    expect([v1.version, v2.version]).toEqual([1, 2]);
  });

  it('v1 → current unchanged', () => {
    expect(migrateAttempts(v1.state, v1.version)).toEqual(v1.state);
  });

  it('v2 → current unchanged: a typed answer the learner counted as right keeps its mark', () => {
    const migrated = migrateAttempts(v2.state, v2.version);
    expect(migrated).toEqual(v2.state);
    expect(migrated.attempts[slug]?.answers['q-a']).toMatchObject({
      correct: true,
      selfOverride: true,
    });
  });

  it('v1 knew no self-overrides: a stray mark in a v1 value is read as v1 read it, without it', () => {
    const good = v1.state.attempts[slug];
    const stray = {
      attempts: {
        [slug]: {
          ...good,
          answers: { 'q-a': { ...good.answers['q-a'], correct: true, selfOverride: true } },
        },
      },
    };
    expect(migrateAttempts(stray, 1).attempts[slug]?.answers['q-a']).toEqual({
      ...good.answers['q-a'],
      correct: true,
    });
  });

  it('drops an attempt claiming a self-override that "I was right" can never make', () => {
    const good = v2.state.attempts[slug];
    const choice = { ...good.answers['q-b'], correct: true, selfOverride: true };
    const stillWrong = { ...good.answers['q-a'], correct: false };
    const state = {
      attempts: {
        [slug]: good,
        a: { ...good, slug: 'a', answers: { 'q-b': choice } },
        b: { ...good, slug: 'b', answers: { 'q-a': stillWrong } },
      },
    };
    expect(Object.keys(migrateAttempts(state, 2).attempts)).toEqual([slug]);
  });

  it('drops only the damaged attempts', () => {
    const good = v1.state.attempts[slug];
    const state = {
      attempts: {
        [slug]: good,
        broken: { ...good, slug: 'broken', seed: 'not a number' },
        misfiled: { ...good },
        'past-the-end': { ...good, slug: 'past-the-end', index: 3 },
      },
    };
    expect(Object.keys(migrateAttempts(state, 1).attempts)).toEqual([slug]);
  });

  it.each([null, 'x', { attempts: 5 }])('falls back to no attempts for %j', (value) => {
    expect(migrateAttempts(value, 1)).toEqual(defaultAttempts());
  });

  it('ignores unknown versions', () => {
    expect(migrateAttempts(v1.state, 0)).toEqual(defaultAttempts());
    expect(migrateAttempts(v2.state, 3)).toEqual(defaultAttempts());
  });
});
