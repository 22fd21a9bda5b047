import { describe, expect, it } from 'vitest';
import { isShareToken, isWorkspaceArticleId } from './ids';
import { newArticleId, newOwnQuestionId, newShareToken } from './new-ids';

describe('workspace ids', () => {
  it('accepts every id and token it mints, and they differ', () => {
    const ids = Array.from({ length: 50 }, newArticleId);
    expect(ids.every(isWorkspaceArticleId)).toBe(true);
    expect(new Set(ids).size).toBe(50);
    expect(Array.from({ length: 50 }, newShareToken).every(isShareToken)).toBe(true);
    expect(newOwnQuestionId()).toMatch(/^own-[a-z2-7]{12}$/);
  });

  it.each([
    ['korea-foreign-relations', false],
    ['ws-abc', false],
    ['ws-ABCDEFGHIJKLMNOPQRST', false],
    ['ws-abcdefghijklmnopqrst', true],
    ['ws-abcdefghijklmnopqrst/edit', false],
  ])('isWorkspaceArticleId(%s) → %s', (value, expected) => {
    expect(isWorkspaceArticleId(value)).toBe(expected);
  });
});
