import { describe, expect, it } from 'vitest';
import { IGNORED_QUERY_PARAMETERS, libraryPagePaths, offlineRuleFor } from './routes';

describe('offlineRuleFor', () => {
  it.each([
    ['/', 'study'],
    ['/articles/korea-foreign-relations', 'study'],
    ['/quiz/korea-foreign-relations', 'study'],
    ['/review', 'study'],
    ['/progress', 'study'],
    ['/create', 'study'],
    ['/mine/my-abc123', 'study'],
    ['/mine/my-abc123/quiz', 'study'],
    ['/join', 'network'],
    ['/live/ABC234', 'network'],
    ['/live/ABC234/article', 'network'],
    ['/teach', 'network'],
    ['/teach/korea-foreign-relations/live/s1', 'network'],
    ['/s/token', 'network'],
    ['/articles/a/b', 'network'],
    ['/offline', 'network'],
  ] as const)('%s is %s', (pathname, rule) => {
    expect(offlineRuleFor(pathname)).toBe(rule);
  });
});

describe('libraryPagePaths', () => {
  it('lists the library, then each article and its quiz where there is one', () => {
    expect(libraryPagePaths({ articles: ['a', 'b'], quizzes: ['b'] })).toEqual([
      '/',
      '/articles/a',
      '/articles/b',
      '/quiz/b',
    ]);
  });
});

describe('IGNORED_QUERY_PARAMETERS', () => {
  const ignored = (search: string) =>
    [...new URLSearchParams(search).keys()].every((key) =>
      IGNORED_QUERY_PARAMETERS.some((pattern) => pattern.test(key)),
    );

  it.each([
    ['?from=%2Fquiz%2Fx%3Fq%3D2', true],
    ['?q=3', true],
    ['?favicon.1m-y7ujbg11lx.ico', true],
    ['?icon.0c30v82o2dsu4.svg', true],
    ['?count=all', false],
    ['?code=ABC234', false],
  ] as const)('%s ignored: %s', (search, expected) => {
    expect(ignored(search)).toBe(expected);
  });
});
