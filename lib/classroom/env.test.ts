import { describe, expect, it } from 'vitest';
import { classroomEnv } from './env';

describe('classroomEnv', () => {
  it('has defaults', () => {
    expect(classroomEnv({})).toMatchObject({
      CITED_DB_PATH: './data/cited.sqlite',
      CITED_MAX_PARTICIPANTS: 300,
    });
  });
  it('names the variable that is wrong', () => {
    expect(() => classroomEnv({ CITED_MAX_PARTICIPANTS: 'lots' })).toThrow(
      /CITED_MAX_PARTICIPANTS/,
    );
  });
  it('selects PostgreSQL only for a postgres:// URL, and treats an empty one as unset', () => {
    expect(classroomEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(classroomEnv({ DATABASE_URL: 'postgresql://u@db:5432/cited' }).DATABASE_URL).toBe(
      'postgresql://u@db:5432/cited',
    );
    expect(() => classroomEnv({ DATABASE_URL: 'mysql://u@db/cited' })).toThrow(
      'DATABASE_URL: must start with postgres:// or postgresql://',
    );
    expect(() => classroomEnv({ CITED_PG_POOL_MAX: '0' })).toThrow(/CITED_PG_POOL_MAX/);
  });
});
