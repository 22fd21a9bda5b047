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
});
