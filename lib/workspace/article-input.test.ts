import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleRefusal, firstLineTitle, prepareArticle } from './article-input';

const ID = 'ws-abcdefghijklmnopqrst';
const NEWS = (name: string) => readFileSync(`../shared/corpus/news/${name}.txt`, 'utf8');
const HTML = (name: string) => readFileSync(`../shared/corpus/html/${name}.html`, 'utf8');

describe('firstLineTitle', () => {
  it.each([
    [
      'Zimbabwe coup: Mugabe insists he finishes his term\n\nHarare was quiet.',
      'Zimbabwe coup: Mugabe insists he finishes his term',
    ],
    ['# A Markdown heading\n\nText.', 'A Markdown heading'],
    ['The first paragraph is a sentence.\n\nMore.', undefined],
    ['Two lines\nof one block\n\nMore.', undefined],
    ['---\ntitle: x\n---\n\nText.', undefined],
    [`${'word '.repeat(31)}\n\nMore.`, undefined],
  ])('%j → %j', (text, title) => {
    expect(firstLineTitle(text)).toBe(title);
  });
});

describe('prepareArticle', () => {
  it('reads a real news page: its article, headline, site and date, without the chrome', () => {
    const { input, title } = prepareArticle(
      { kind: 'html', html: HTML('Obama_Gun_Laws_Frustration'), url: 'https://www.bbc.com/news/x' },
      ID,
    );
    expect(title).toBe("Obama admits US gun laws are his 'biggest frustration'");
    expect(input).toMatchObject({
      slug: ID,
      publisher: 'BBC News',
      date: '2015-07-24',
      sourceUrl: 'https://www.bbc.com/news/x',
    });
    const text = input.passages.map((passage) => passage.text).join('\n');
    expect(text).toContain('President Barack Obama has admitted that his failure to pass');
    // Every paragraph of the expected extraction is in the article.
    const expected = NEWS('Obama_Gun_Laws_Frustration')
      .split('\n')
      .slice(2)
      .filter((line) => line.length > 80);
    for (const paragraph of expected.slice(0, 10)) expect(text).toContain(paragraph.slice(0, 60));
  });

  it('keeps no script of a pasted page: its code is neither run nor kept as text', () => {
    const paragraph = NEWS('Zimbabwe_Coup_Mugabe').split('\n').slice(2).join('</p><p>');
    const html = `<html><head><script>window.stolen = document.cookie</script></head><body>
      <h1>Headline here</h1><p onclick="alert(1)">${paragraph}</p>
      <script>alert('xss')</script><img src=x onerror="alert(2)"><style>p{}</style></body></html>`;
    const { input } = prepareArticle({ kind: 'html', html }, ID);
    const all = JSON.stringify(input);
    expect(all).not.toMatch(/alert|stolen|onerror|onclick|<script|<img/);
    expect(input.passages.length).toBeGreaterThan(5);
  });

  it.each([
    [{ kind: 'text' as const, text: '' }, 'The text is empty.'],
    [{ kind: 'text' as const, text: '  ', fileName: 'a.txt' }, 'The file is empty.'],
    [
      { kind: 'html' as const, html: '<html><body><nav>Home · News</nav></body></html>' },
      /^No article was found on this page/,
    ],
    [
      {
        kind: 'html' as const,
        html: `<html><body><p>${'Ceci est un texte en français sur la politique. '.repeat(20)}</p></body></html>`,
      },
      /^The text does not look like English/,
    ],
  ])('refuses %j in one sentence', (source, message) => {
    expect(() => prepareArticle(source, ID)).toThrow(ArticleRefusal);
    expect(() => prepareArticle(source, ID)).toThrow(message);
  });
});
