import { describe, expect, it } from 'vitest';
import v1 from './fixtures/my-articles.v1.json';
import {
  defaultMyArticles,
  migrateMyArticles,
  MY_ARTICLES_VERSION,
} from './my-articles-migrations';

const [id, entry] = Object.entries(v1.state.articles)[0]!;

describe('migrateMyArticles', () => {
  it('is at version 1', () => expect(MY_ARTICLES_VERSION).toBe(1));

  it('v1 → current unchanged, quiz included', () => {
    const migrated = migrateMyArticles(v1.state, v1.version);
    expect(migrated).toEqual(v1.state);
    expect(migrated.articles[id]?.quiz.questions.length).toBeGreaterThan(0);
  });

  it('drops only the damaged entry', () => {
    const damaged = { ...entry, id: 'my-zzzzzzz', title: '' };
    expect(
      migrateMyArticles({ articles: { [id]: entry, 'my-zzzzzzz': damaged } }, 1).articles,
    ).toEqual({ [id]: entry });
  });

  it.each([
    ['filed under another id', { 'my-aaaaaaa': entry }],
    [
      'a quiz about another article',
      {
        [id]: {
          ...entry,
          quiz: { ...entry.quiz, article: { ...entry.quiz.article, slug: 'korea' } },
        },
      },
    ],
    ['a quiz that is not one', { [id]: { ...entry, quiz: { questions: [] } } }],
  ])('drops an entry %s', (_case, articles) => {
    expect(migrateMyArticles({ articles }, 1)).toEqual(defaultMyArticles());
  });

  it.each([null, 'x', 42, [], { articles: 'x' }])('falls back to defaults for %j', (value) => {
    expect(migrateMyArticles(value, 1)).toEqual(defaultMyArticles());
  });

  it('ignores unknown versions', () => {
    expect(migrateMyArticles(v1.state, 0)).toEqual(defaultMyArticles());
  });
});
