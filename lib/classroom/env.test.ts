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
  it('takes CITED_PUBLIC_URL as an origin and refuses anything else', () => {
    expect(classroomEnv({}).CITED_PUBLIC_URL).toBeUndefined();
    expect(classroomEnv({ CITED_PUBLIC_URL: ' ' }).CITED_PUBLIC_URL).toBeUndefined();
    expect(classroomEnv({ CITED_PUBLIC_URL: 'https://Cited.Example.org/' }).CITED_PUBLIC_URL).toBe(
      'https://cited.example.org',
    );
    expect(classroomEnv({ CITED_PUBLIC_URL: 'http://192.168.1.20:3000' }).CITED_PUBLIC_URL).toBe(
      'http://192.168.1.20:3000',
    );
    for (const bad of [
      'cited.example.org',
      'ftp://cited.example.org',
      'https://cited.example.org/join',
      'https://cited.example.org/?x=1',
      'https://user:pw@cited.example.org',
    ]) {
      expect(() => classroomEnv({ CITED_PUBLIC_URL: bad }), bad).toThrow(
        /^Invalid classroom environment: CITED_PUBLIC_URL: /,
      );
    }
  });
});
