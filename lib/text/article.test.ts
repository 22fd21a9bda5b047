import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readingMinutes, segmentArticle } from './article';

const seedFile = path.join(process.cwd(), 'content/articles/korea-foreign-relations.md');

function seed() {
  const { content, data } = matter(readFileSync(seedFile, 'utf8'));
  return segmentArticle(content, { title: String(data.title) });
}

describe('segmentArticle on the seed article', () => {
  const article = seed();
  const paragraphs = article.passages.filter((passage) => passage.kind === 'paragraph');
  const allText = article.passages.map((passage) => passage.text).join('\n');

  it('keeps the 13 paragraphs and 46 sentences of the article body, numbered from 1', () => {
    expect(paragraphs).toHaveLength(13);
    expect(paragraphs.map((paragraph) => paragraph.number)).toEqual(
      Array.from({ length: 13 }, (_, index) => index + 1),
    );
    expect(paragraphs.flatMap((paragraph) => paragraph.sentences)).toHaveLength(46);
    expect(article.passages.every((passage) => passage.kind === 'paragraph')).toBe(true);
  });

  it('contains no site chrome, and keeps the page date', () => {
    for (const chrome of ['UNITED24', 'donation', 'mailing list', 'Page last modified', 'ZULU']) {
      expect(allText).not.toContain(chrome);
    }
    expect(article.removed).toHaveLength(4);
    expect(article.lastModified).toBe('2018-05-13');
  });

  it('gives sentence offsets that slice the passage text exactly', () => {
    for (const passage of article.passages) {
      for (const sentence of passage.sentences) {
        expect(passage.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
  });

  it('keeps a sentence with a hyphenated name and the acronym expansion whole', () => {
    const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences.map((s) => s.text));
    expect(sentences).toContain(
      'Ahn Cheol-soo called for parliamentary approval and also suggested a referendum concerning THAAD deployment.',
    );
    expect(
      sentences.some((sentence) =>
        sentence.includes('U.S. Terminal High Altitude Area Defense (THAAD) battery'),
      ),
    ).toBe(true);
  });

  it('gives every passage and sentence a unique id', () => {
    const ids = article.passages.flatMap((passage) => [
      passage.id,
      ...passage.sentences.map((sentence) => sentence.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('segmentArticle ids', () => {
  const original = [
    'First paragraph. It has two sentences.',
    'Second paragraph stays the same.',
    'Third paragraph is here.',
  ];
  const idsOf = (paragraphs: string[]) =>
    new Map(
      segmentArticle(paragraphs.join('\n\n')).passages.flatMap((passage) =>
        passage.sentences.map((sentence) => [sentence.text, `${passage.id}/${sentence.id}`]),
      ),
    );

  it('survive an unrelated edit and an inserted paragraph', () => {
    const before = idsOf(original);
    const after = idsOf([
      'An inserted paragraph comes first.',
      'First paragraph. It has two sentences, now edited.',
      original[1] ?? '',
      original[2] ?? '',
    ]);
    const id = (ids: Map<string, string>, sentence: string) => {
      const found = ids.get(sentence);
      // Two missing ids would compare equal: each must be there to be compared.
      expect(found, sentence).toMatch(/^.+\/.+$/);
      return found;
    };
    for (const sentence of ['Second paragraph stays the same.', 'Third paragraph is here.']) {
      expect(id(after, sentence)).toBe(id(before, sentence));
    }
    // The untouched sentence of the edited paragraph keeps its sentence id too.
    expect(id(after, 'First paragraph.')?.split('/')[1]).toBe(
      id(before, 'First paragraph.')?.split('/')[1],
    );
  });

  it('tell repeated sentences apart', () => {
    const { passages } = segmentArticle('Yes. No. Yes.\n\nYes.');
    const ids = passages.flatMap((passage) => passage.sentences.map((sentence) => sentence.id));
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    expect(ids[2]).toBe(`${ids[0]}-2`);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [150, 1],
    [1049, 5],
    [17000, 85],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
