import { describe, expect, it } from 'vitest';
import { decodablePath } from './request-start';

describe('decodablePath', () => {
  it.each([
    ['/', true],
    ['/articles/korea-foreign-relations', true],
    ['/join?code=%zz', true],
    ['/live/%41BC234', true],
    ['/api/live/%E0%A4%A', false],
    ['/articles/%', false],
    ['/teach/x/live/%zz/csv', false],
  ])('%s → %s', (url, expected) => {
    expect(decodablePath(url)).toBe(expected);
  });
});
