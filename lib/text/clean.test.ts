import { describe, expect, it } from 'vitest';
import { cleanArticleText } from './clean';

describe('cleanArticleText', () => {
  it.each([
    ['a donation banner', 'UNITED24 - Make a charitable donation in support of Ukraine!'],
    ['a mailing-list call', 'Join the GlobalSecurity.org mailing list'],
    ['a newsletter box', 'Sign up for our daily newsletter'],
    ['a breadcrumb trail', 'Home > World > Asia > Korea'],
    ['a copyright line', '© 2018 Example News. All rights reserved.'],
    ['a skip link', 'Skip to main content'],
  ])('drops %s', (_case, chrome) => {
    const cleaned = cleanArticleText(`${chrome}\n\nThe council met on Monday. It agreed a budget.`);
    expect(cleaned.removed).toContain(chrome);
    expect(cleaned.blocks.map((block) => block.text)).toEqual([
      'The council met on Monday. It agreed a budget.',
    ]);
  });

  it('keeps a long paragraph that merely mentions a newsletter', () => {
    const paragraph =
      'The party sent a newsletter to every voter in the district, explaining its position on the ' +
      'missile defence system, the cost of the deployment and the views of its candidates in detail.';
    expect(cleanArticleText(paragraph).blocks).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });

  it('keeps the "page last modified" date as metadata and drops the line', () => {
    const cleaned = cleanArticleText(
      'Some text here.\n\nPage last modified: 13-05-2018 17:52:49 ZULU',
    );
    expect(cleaned.lastModified).toBe('2018-05-13');
    expect(cleaned.blocks).toHaveLength(1);
  });

  it('drops a repeat of the given title and tells headings from paragraphs', () => {
    const cleaned = cleanArticleText('Korea – Foreign Relations\n\nHistory\n\nIt began in 1948.', {
      title: 'Korea - Foreign Relations',
    });
    expect(cleaned.blocks).toEqual([
      { kind: 'heading', text: 'History' },
      { kind: 'paragraph', text: 'It began in 1948.' },
    ]);
  });

  it('takes the first non-chrome heading-like line as the title of plain text', () => {
    const cleaned = cleanArticleText(
      'Donate now to support us!\n\nSenate of Pakistan\n\nThe Senate met.',
    );
    expect(cleaned.title).toBe('Senate of Pakistan');
    expect(cleaned.blocks.map((block) => block.text)).toEqual(['The Senate met.']);
  });

  it.each([
    ['Is Europe ready for a war in Ukraine?', 'Analysts doubt it. The report says so.'],
    ['Mugabe resigns!', 'The president stepped down on Tuesday.'],
  ])('takes a headline ending in ? or ! as the title: %s', (headline, body) => {
    const cleaned = cleanArticleText(`${headline}\n\n${body}`);
    expect(cleaned.title).toBe(headline);
    expect(cleaned.blocks.map((block) => block.text)).toEqual([body]);
  });

  it('joins hard-wrapped lines inside a paragraph', () => {
    expect(cleanArticleText('One line\ncontinues here.').blocks[0]?.text).toBe(
      'One line continues here.',
    );
  });
});
