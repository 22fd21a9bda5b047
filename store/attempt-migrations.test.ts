import { describe, expect, it } from 'vitest';
import v1 from './fixtures/attempt.v1.json';
import { ATTEMPT_VERSION, defaultAttempts, migrateAttempts } from './attempt-migrations';

describe('migrateAttempts', () => {
  it('is at version 1', () => expect(ATTEMPT_VERSION).toBe(1));

  it('v1 → current unchanged', () => {
    expect(migrateAttempts(v1.state, v1.version)).toEqual(v1.state);
  });

  it('drops only the damaged attempts', () => {
    const good = v1.state.attempts['korea-foreign-relations'];
    const state = {
      attempts: {
        'korea-foreign-relations': good,
        broken: { ...good, slug: 'broken', seed: 'not a number' },
        misfiled: { ...good },
        'past-the-end': { ...good, slug: 'past-the-end', index: 3 },
      },
    };
    expect(Object.keys(migrateAttempts(state, 1).attempts)).toEqual(['korea-foreign-relations']);
  });

  it.each([null, 'x', { attempts: 5 }])('falls back to no attempts for %j', (value) => {
    expect(migrateAttempts(value, 1)).toEqual(defaultAttempts());
  });

  it('ignores unknown versions', () => {
    expect(migrateAttempts(v1.state, 0)).toEqual(defaultAttempts());
  });
});
