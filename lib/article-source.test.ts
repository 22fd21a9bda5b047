import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleSourceError,
  articleInputFromSource,
  englishFunctionWordShare,
  isLikelyEnglish,
  MAX_SOURCE_CHARACTERS,
  parseArticleSource,
  slugFromFileName,
  type SourceProblem,
} from './article-source';

const ENGLISH =
  'Moon Jae-in and his party called for balanced diplomacy with respect to the United States and China. ' +
  'He argued that sanctions are not the solution, and he called for a public discussion of the issue.';

const FRONT_MATTER = `---
title: A Test Article
publisher: Example Press
sourceUrl: https://example.org/a
statedDate: 2018-05-13
retrieved: 2026-11-28
language: en
attribution: Text by Example Press.
---

`;

function problemOf(source: string, fileName = 'article.txt'): SourceProblem | 'accepted' {
  try {
    parseArticleSource(source, fileName);
    return 'accepted';
  } catch (error) {
    if (error instanceof ArticleSourceError) return error.problem;
    throw error;
  }
}

describe('slugFromFileName', () => {
  it.each([
    ['United_Kingdom.txt', 'united-kingdom'],
    ['/a/b/korea-foreign-relations.md', 'korea-foreign-relations'],
    ['C:\\docs\\Senate of Pakistan.txt', 'senate-of-pakistan'],
    ['TorontoStar.txt', 'toronto-star'],
    ['Café Société.md', 'cafe-societe'],
    ['___.txt', ''],
  ])('%s → %s', (fileName, slug) => {
    expect(slugFromFileName(fileName)).toBe(slug);
  });
});

describe('isLikelyEnglish', () => {
  it.each([
    ['English', ENGLISH, true],
    [
      'French',
      "Moon Jae-in et son parti ont appelé à une diplomatie équilibrée à l'égard des États-Unis et de la Chine. " +
        'Il a soutenu que les sanctions ne sont pas la solution, et il a demandé un débat public sur la question du déploiement.',
      false,
    ],
    [
      'German',
      'Moon Jae-in und seine Partei forderten eine ausgewogene Diplomatie gegenüber den Vereinigten Staaten und China. ' +
        'Er argumentierte, dass Sanktionen nicht die Lösung seien, und er forderte eine öffentliche Diskussion in der Frage.',
      false,
    ],
    [
      'Spanish',
      'Moon Jae-in y su partido pidieron una diplomacia equilibrada con respecto a Estados Unidos y China. ' +
        'Argumentó que las sanciones no son la solución y pidió un debate público sobre la cuestión.',
      false,
    ],
    [
      'Korean',
      '문재인 후보와 그의 당은 미국과 중국 사이에서 균형 외교를 주장했다. 그는 제재가 해결책이 아니라고 말했다.',
      false,
    ],
    ['numbers only', '1 2 3 4 5 6 7 8 9 10', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(isLikelyEnglish(text)).toBe(expected);
  });

  // The real articles the engine is tried on must never be refused as foreign.
  const corpus = '/work/shared/corpus';
  const files = [
    path.join(process.cwd(), 'content/articles/korea-foreign-relations.md'),
    ...(existsSync(corpus)
      ? readdirSync(corpus)
          .filter((name) => name.endsWith('.txt'))
          .map((name) => path.join(corpus, name))
      : []),
  ];
  it.each(files)('accepts %s', (file) => {
    expect(englishFunctionWordShare(readFileSync(file, 'utf8'))).toBeGreaterThan(0.25);
  });
});

describe('parseArticleSource refuses', () => {
  it.each<[string, string, SourceProblem | 'accepted', string?]>([
    ['empty', '', 'empty'],
    ['whitespace only', ' \n\t\n ', 'empty'],
    ['NUL bytes', `Title\n\n${ENGLISH}\u0000\u0000`, 'binary'],
    ['many control characters', `Title\n\n${'\u0002\u0003'.repeat(20)}${ENGLISH}`, 'binary'],
    ['oversized', `Title\n\n${'word '.repeat(MAX_SOURCE_CHARACTERS / 4)}`, 'oversized'],
    ['title only', 'Just A Title\n', 'no-paragraphs'],
    [
      'chrome only',
      'Title\n\nSubscribe to our newsletter!\n\nFollow us on Twitter',
      'no-paragraphs',
    ],
    [
      'French body',
      "Un Titre\n\nLe parti a appelé à une diplomatie équilibrée à l'égard des États-Unis et de la Chine, et il a demandé un débat.",
      'not-english',
    ],
    ['a nameless file', `Title\n\n${ENGLISH}`, 'file-name', '...txt'],
    [
      'front matter with a missing field',
      `---\ntitle: X\n---\n\n${ENGLISH}`,
      'front-matter',
      'a.md',
    ],
    [
      'front matter that is not YAML',
      `---\ntitle: [unclosed\n---\n\n${ENGLISH}`,
      'front-matter',
      'a.md',
    ],
    ['plain text with a title', `A Title\n\n${ENGLISH}`, 'accepted'],
    ['Markdown without front matter', `# A Title\n\n${ENGLISH}`, 'accepted', 'a.md'],
  ])('%s → %s', (_name, source, expected, fileName) => {
    expect(problemOf(source, fileName)).toBe(expected);
  });

  it('names the field in a front matter error, in one line', () => {
    expect(() =>
      parseArticleSource(
        FRONT_MATTER.replace('publisher: Example Press', 'publisher: ""') + ENGLISH,
        'a.md',
      ),
    ).toThrow(/^field "publisher": must not be empty$/);
  });
});

describe('articleInputFromSource', () => {
  it('reads plain text: slug from the file name, title from the first line', () => {
    const input = articleInputFromSource(`The Title Line\n\n${ENGLISH}`, 'Some_Article.txt');
    expect(input).toMatchObject({ slug: 'some-article', title: 'The Title Line', wordCount: 35 });
    expect(input.passages.map((passage) => passage.kind)).toEqual(['paragraph']);
    expect(input.date).toBeUndefined();
  });

  it('reads Markdown front matter: title, publisher, source and stated date', () => {
    const input = articleInputFromSource(`${FRONT_MATTER}${ENGLISH}`, 'a-test.md');
    expect(input).toMatchObject({
      slug: 'a-test',
      title: 'A Test Article',
      publisher: 'Example Press',
      sourceUrl: 'https://example.org/a',
      date: '2018-05-13',
    });
  });

  it('dates plain text by its "last modified" line', () => {
    const input = articleInputFromSource(
      `Title Here\n\nPage last modified: 13-05-2018 20:43:20 ZULU\n\n${ENGLISH}`,
      'x.txt',
    );
    expect(input.date).toBe('2018-05-13');
  });

  it('falls back to the file name for a title when the text opens with a paragraph', () => {
    expect(articleInputFromSource(ENGLISH, 'United_Kingdom.txt').title).toBe('United Kingdom');
  });
});

describe('articleInputFromSource with a typed title', () => {
  it('uses the typed title, and drops a first line that repeats it', () => {
    const input = articleInputFromSource(`The Title Line\n\n${ENGLISH}`, 'a.txt', {
      title: 'The Title Line',
    });
    expect(input.title).toBe('The Title Line');
    expect(input.passages.map((passage) => passage.kind)).toEqual(['paragraph']);
  });

  it('keeps an opening paragraph as ¶1 when a title is typed', () => {
    const input = articleInputFromSource(ENGLISH, 'a.txt', { title: 'Typed' });
    expect(input.title).toBe('Typed');
    expect(input.passages[0]?.number).toBe(1);
  });
});
