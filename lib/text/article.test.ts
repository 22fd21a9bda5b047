import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { articleBlocks, passagesText, readingMinutes, segmentArticle } from './article';

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

describe('segmentArticle on pasted structure', () => {
  const pasted = [
    'Election rules',
    'The new law changes three things for voters in the spring elections:',
    '* Voters must show photo ID. A passport or a driving licence will do\n* Polling stations open at 6 a.m.\n* Postal votes close a week earlier',
    '## What critics say',
    '> It will keep the poorest voters away from the polls.',
    'The government rejects that view and says turnout will not fall.',
  ].join('\n\n');
  const article = segmentArticle(pasted);

  it('numbers list items and quotes as paragraphs, each item with its own sentences', () => {
    expect(article.title).toBe('Election rules');
    expect(
      article.passages.map(({ kind, form, number, sentences }) => [
        kind,
        form ?? null,
        number,
        sentences.map((sentence) => sentence.text),
      ]),
    ).toEqual([
      [
        'paragraph',
        null,
        1,
        ['The new law changes three things for voters in the spring elections:'],
      ],
      [
        'paragraph',
        'bullet',
        2,
        ['Voters must show photo ID.', 'A passport or a driving licence will do'],
      ],
      ['paragraph', 'bullet', 3, ['Polling stations open at 6 a.m.']],
      ['paragraph', 'bullet', 4, ['Postal votes close a week earlier']],
      ['heading', null, null, ['What critics say']],
      ['paragraph', 'quote', 5, ['It will keep the poorest voters away from the polls.']],
      ['paragraph', null, 6, ['The government rejects that view and says turnout will not fall.']],
    ]);
  });

  it('gives a list item the ids its text would have as a paragraph', () => {
    const plain = segmentArticle(
      pasted.replace(/^\* /gm, '').replace(/\n(?=[A-Z])/g, '\n\n'),
    ).passages;
    const item = article.passages.find(
      (passage) => passage.text === 'Polling stations open at 6 a.m.',
    );
    const same = plain.find((passage) => passage.text === item?.text);
    expect(same?.form).toBeUndefined();
    expect(item?.id).toBeDefined();
    expect(item?.id).toBe(same?.id);
    expect(item?.sentences.map((s) => s.id)).toEqual(same?.sentences.map((s) => s.id));
  });

  it('leaves the article with no list exactly as it was: no form, level or ordinal', () => {
    for (const passage of seed().passages) {
      expect(Object.keys(passage).sort()).toEqual(['id', 'kind', 'number', 'sentences', 'text']);
    }
  });
});

describe('passagesText', () => {
  it.each([
    ['the seed article', seed().passages, 'Korea - Foreign Relations'],
    [
      'pasted text with a list, headings, a quote and a paragraph that opens like an item',
      segmentArticle(
        [
          'The plan has two parts:',
          '* Build the road.\n* Open the school',
          '3. Fund it.\n4) Staff it.',
          '### Next steps',
          '> We will do it.',
          '\\1. FC Köln will play the first match at the new ground in May.',
        ].join('\n\n'),
        { title: 'Given title' },
      ).passages,
      'Given title',
    ],
  ])('reads back as the same passages and ids: %s', (_case, passages, title) => {
    expect(segmentArticle(passagesText(passages), { title }).passages).toEqual(passages);
  });
});

describe('articleBlocks', () => {
  it('sets neighbouring items of one kind as one list, and neighbouring quotes as one quote', () => {
    const { passages } = segmentArticle(
      [
        'Given title',
        'The plan has two parts and one promise:',
        '* Build the road.\n* Open the school.',
        '1. Fund it.\n2. Staff it.',
        '> We will do it.\n>\n> And soon.',
        '## Next steps',
        'The council meets again in May.',
      ].join('\n\n'),
    );
    expect(
      articleBlocks(passages).map((block) =>
        block.type === 'list'
          ? `${block.ordered ? 'ol' : 'ul'}:${block.items.length}`
          : block.type === 'quote'
            ? `quote:${block.passages.length}`
            : block.type,
      ),
    ).toEqual(['paragraph', 'ul:2', 'ol:2', 'quote:2', 'heading', 'paragraph']);
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
