import { describe, expect, it } from 'vitest';
import { isMyArticleId, myArticleId } from './id';

describe('myArticleId', () => {
  it('is "my-" and seven base-36 characters', () => {
    expect(myArticleId('Some article text.')).toMatch(/^my-[0-9a-z]{7}$/);
  });

  it.each([
    ['the same text', 'A text.\n\nMore.', 'A text.\n\nMore.'],
    ['Windows line endings', 'A text.\r\n\r\nMore.', 'A text.\n\nMore.'],
    ['surrounding blank space', '\n  A text.\n\nMore.  \n', 'A text.\n\nMore.'],
  ])('does not change for %s', (_case, a, b) => {
    expect(myArticleId(a)).toBe(myArticleId(b));
  });

  it('changes when the words change', () => {
    expect(myArticleId('A text.')).not.toBe(myArticleId('A test.'));
  });
});

describe('isMyArticleId', () => {
  it.each([
    ['my-0a1b2c3', true],
    ['korea-foreign-relations', false],
    ['my-0A1B2C3', false],
    ['my-0a1b2c3/x', false],
    ['my-', false],
  ])('%s → %s', (value, expected) => {
    expect(isMyArticleId(value)).toBe(expected);
  });

  it('accepts every id it mints', () => {
    expect(isMyArticleId(myArticleId('anything'))).toBe(true);
  });
});
