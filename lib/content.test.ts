import { describe, expect, it } from 'vitest';
import v1 from '@/store/fixtures/my-articles.v1.json';
import {
  ContentError,
  getArticle,
  getArticles,
  getQuiz,
  parseArticleFile,
  parseQuizFile,
} from './content';

const FILE = `${process.cwd()}/content/articles/example-article.md`;
const VALID_FRONT = `title: Example
publisher: Example News
statedDate: 2020-01-31
retrieved: 2026-11-28
language: en
attribution: Example News, used with permission.`;

function article(front: string, body = 'The council met on Monday. It agreed a budget.') {
  return `---\n${front}\n---\n${body}\n`;
}

describe('parseArticleFile', () => {
  it('reads a valid article', () => {
    const parsed = parseArticleFile(FILE, article(VALID_FRONT));
    expect(parsed.slug).toBe('example-article');
    expect(parsed.meta.statedDate).toBe('2020-01-31');
    expect(parsed.passages).toHaveLength(1);
  });

  it.each([
    ['a missing field', VALID_FRONT.replace(/^publisher:.*$/m, ''), 'field "publisher"'],
    ['an empty title', VALID_FRONT.replace('title: Example', 'title: ""'), 'field "title"'],
    ['an impossible date', VALID_FRONT.replace('2020-01-31', '2020-02-31'), 'field "statedDate"'],
    [
      'a non-English article',
      VALID_FRONT.replace('language: en', 'language: fr'),
      'field "language"',
    ],
    ['an unknown field', `${VALID_FRONT}\nauthor: Someone`, 'field "(root)"'],
  ])('rejects %s, naming the file and the field', (_case, front, field) => {
    const parse = () => parseArticleFile(FILE, article(front));
    expect(parse).toThrow(ContentError);
    expect(parse).toThrow(/content\/articles\/example-article\.md/);
    expect(parse).toThrow(field);
  });

  it('rejects an article whose body is only site chrome', () => {
    expect(() => parseArticleFile(FILE, article(VALID_FRONT, 'Join our mailing list'))).toThrow(
      /no paragraphs/,
    );
  });

  it('rejects a file name that is not a slug', () => {
    expect(() =>
      parseArticleFile(`${process.cwd()}/content/articles/Bad Name.md`, article(VALID_FRONT)),
    ).toThrow(/slug/);
  });
});

describe('committed content', () => {
  it('validates every article in content/articles', () => {
    const articles = getArticles();
    expect(articles.map((summary) => summary.slug)).toContain('korea-foreign-relations');
  });

  it('returns null for unknown or unsafe slugs', () => {
    expect(getArticle('no-such-article')).toBeNull();
    expect(getArticle('../package')).toBeNull();
  });
});

describe('parseQuizFile', () => {
  const QUIZ_FILE = `${process.cwd()}/content/quizzes/example-article.json`;
  const quizV1 = Object.values(v1.state.articles)[0]!.quiz;

  it('reads a quiz of schema version 1 as a ranked bank, all of it the default quiz', () => {
    const quiz = parseQuizFile(QUIZ_FILE, JSON.stringify(quizV1));
    expect(quiz.schemaVersion).toBe(2);
    expect(quiz.defaultCount).toBe(quizV1.questions.length);
    expect(quiz.questions.map((question) => question.rank)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['text that is not JSON', '{ questions', /not valid JSON/],
    ['an unknown schema version', JSON.stringify({ ...quizV1, schemaVersion: 9 }), /schemaVersion/],
  ])('rejects %s, naming the file', (_case, source, detail) => {
    const parse = () => parseQuizFile(QUIZ_FILE, source);
    expect(parse).toThrow(ContentError);
    expect(parse).toThrow(/content\/quizzes\/example-article\.json/);
    expect(parse).toThrow(detail);
  });

  it('reads the committed quiz as schema version 2', () => {
    const quiz = getQuiz('korea-foreign-relations');
    expect(quiz?.schemaVersion).toBe(2);
    expect(quiz?.defaultCount).toBeGreaterThan(0);
  });
});
