import { describe, expect, it } from 'vitest';
import v1 from './fixtures/my-articles.v1.json';
import v2 from './fixtures/my-articles.v2.json';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import {
  defaultMyArticles,
  migrateMyArticles,
  MY_ARTICLES_VERSION,
} from './my-articles-migrations';

const [id, entry] = Object.entries(v1.state.articles)[0]!;
const [, entryV2] = Object.entries(v2.state.articles)[0]!;

describe('migrateMyArticles', () => {
  it('is at version 2; each version below has a frozen fixture tested here', () => {
    expect(MY_ARTICLES_VERSION).toBe(2);
    expect([v1.version, v2.version]).toEqual([1, 2]);
  });

  it('v1 → current: the quiz becomes a ranked bank in its stored order, all of it the default quiz', () => {
    const migrated = migrateMyArticles(v1.state, v1.version).articles[id]!;
    const { quiz: _quiz, ...rest } = entry;
    expect(migrated).toMatchObject(rest);
    expect(migrated.quiz.schemaVersion).toBe(2);
    expect(migrated.quiz.questions.map((q) => [q.id, q.rank])).toEqual(
      entry.quiz.questions.map((q, index) => [q.id, index + 1]),
    );
    expect(migrated.quiz.defaultCount).toBe(entry.quiz.questions.length);
    expect(defaultQuestions(migrated.quiz)).toHaveLength(4);
  });

  it('v2 → current: kept as it is, the default quiz shorter than the bank', () => {
    const migrated = migrateMyArticles(v2.state, v2.version);
    expect(migrated).toEqual(v2.state);
    const quiz = migrated.articles[id]!.quiz;
    expect(defaultQuestions(quiz).map((q) => q.type)).toEqual([
      'which',
      'when',
      'how-many',
      'why',
      'true-false',
    ]);
    expect(quiz.questions).toHaveLength(9);
  });

  it.each([
    [1, v1, entry],
    [2, v2, entryV2],
  ] as const)('v%i: drops only the damaged entry', (version, _fixture, good) => {
    const damaged = { ...good, id: 'my-zzzzzzz', title: '' };
    const migrated = migrateMyArticles(
      { articles: { [id]: good, 'my-zzzzzzz': damaged } },
      version,
    );
    expect(Object.keys(migrated.articles)).toEqual([id]);
  });

  it.each([
    ['filed under another id', 1, { 'my-aaaaaaa': entry }],
    [
      'a quiz about another article',
      1,
      {
        [id]: {
          ...entry,
          quiz: { ...entry.quiz, article: { ...entry.quiz.article, slug: 'korea' } },
        },
      },
    ],
    ['a quiz that is not one', 1, { [id]: { ...entry, quiz: { questions: [] } } }],
    ['no quiz at all', 1, { [id]: { ...entry, quiz: undefined } }],
    ['a v1 quiz stored as version 2', 2, { [id]: entry }],
    [
      'a v2 quiz with a gap in its ranks',
      2,
      {
        [id]: {
          ...entryV2,
          quiz: {
            ...entryV2.quiz,
            questions: entryV2.quiz.questions.map((q) => (q.rank === 1 ? { ...q, rank: 10 } : q)),
          },
        },
      },
    ],
    ['an entry that is not an object', 1, { [id]: 'text' }],
  ])('drops an entry %s', (_case, version, articles) => {
    expect(migrateMyArticles({ articles }, version)).toEqual(defaultMyArticles());
  });

  it.each([null, 'x', 42, [], { articles: 'x' }])('falls back to defaults for %j', (value) => {
    expect(migrateMyArticles(value, 1)).toEqual(defaultMyArticles());
    expect(migrateMyArticles(value, 2)).toEqual(defaultMyArticles());
  });

  it.each([0, 3, -1])('ignores unknown version %i', (version) => {
    expect(migrateMyArticles(v2.state, version)).toEqual(defaultMyArticles());
  });
});
