import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { articleFromHtml } from './html-article';

const HTML = (name: string) => readFileSync(`../shared/corpus/html/${name}.html`, 'utf8');

const PROSE =
  'The council met on Monday evening and agreed a budget for the coming year after a long debate ' +
  'about the cost of the library, the state of the roads and the price of school meals in the town.';

function page(body: string): string {
  return `<!doctype html><html><head><title>Election rules</title></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <article><h1>Election rules</h1><p>${PROSE}</p>${body}<p>${PROSE.replace('Monday', 'Friday')}</p></article>
  </body></html>`;
}

/** The passages of a page as [kind, form, text], the way the article view will set them. */
function structure(html: string) {
  const { text, title } = articleFromHtml(html);
  return segmentArticle(text, title ? { title } : {}).passages.map((passage) => [
    passage.kind,
    passage.form ?? passage.level ?? null,
    passage.ordinal ?? null,
    passage.text,
  ]);
}

describe('articleFromHtml keeps the structure of the article', () => {
  it.each<[string, string, unknown[][]]>([
    [
      'a bulleted list, one item each, its paragraphs one item',
      '<p>The law changes three things:</p><ul><li>Voters must show photo ID.</li><li><p>Polling stations open</p><p>at 6 a.m.</p></li><li>Postal votes close <b>a week</b> earlier.</li></ul>',
      [
        ['paragraph', null, null, 'The law changes three things:'],
        ['paragraph', 'bullet', null, 'Voters must show photo ID.'],
        ['paragraph', 'bullet', null, 'Polling stations open at 6 a.m.'],
        ['paragraph', 'bullet', null, 'Postal votes close a week earlier.'],
      ],
    ],
    [
      'a numbered list, and a list inside an item',
      '<ol><li>The bill is read.<ul><li>Members may speak once.</li></ul></li><li>Members vote on it.</li></ol>',
      [
        ['paragraph', 'numbered', 1, 'The bill is read.'],
        ['paragraph', 'bullet', null, 'Members may speak once.'],
        ['paragraph', 'numbered', 2, 'Members vote on it.'],
      ],
    ],
    [
      'headings by level, and a block quote of two paragraphs',
      '<h2>What critics say</h2><blockquote><p>It will keep the poorest voters away.</p><p>We will fight it in the courts.</p></blockquote><h3>In the Senate</h3>',
      [
        ['heading', null, null, 'What critics say'],
        ['paragraph', 'quote', null, 'It will keep the poorest voters away.'],
        ['paragraph', 'quote', null, 'We will fight it in the courts.'],
        ['heading', 3, null, 'In the Senate'],
      ],
    ],
    [
      'a paragraph that merely opens with a mark stays a paragraph',
      '<p>1. FC Köln won the cup on Saturday.</p><p>- and the fans stayed until midnight.</p><p>#MeToo was discussed too.</p>',
      [
        ['paragraph', null, null, '1. FC Köln won the cup on Saturday.'],
        ['paragraph', null, null, '- and the fans stayed until midnight.'],
        ['paragraph', null, null, '#MeToo was discussed too.'],
      ],
    ],
  ])('%s', (_case, body, expected) => {
    const passages = structure(page(body));
    const first = ['paragraph', null, null, PROSE];
    const last = ['paragraph', null, null, PROSE.replace('Monday', 'Friday')];
    expect(passages).toEqual([first, ...expected, last]);
  });

  it('reads the six bullet points of a real BBC page as list items, not headings', () => {
    const passages = structure(HTML('Obama_Gun_Laws_Frustration'));
    const bullets = passages.filter(([, form]) => form === 'bullet');
    expect(bullets.map(([, , , text]) => text)).toEqual([
      'The UK must stay in the EU to have influence on the world stage',
      'He is confident the Iran nuclear deal will be passed by Congress',
      'Syria needs a political solution in order to defeat the Islamic State group',
      'He would speak "bluntly" against corruption and human rights violations in Kenya',
      'He would defend his advocacy of gay rights following protests in Kenya',
      'Despite racial tensions, the US is becoming more diverse and more tolerant',
    ]);
    expect(passages).toContainEqual([
      'heading',
      null,
      null,
      'Five things we learned from Obama interview',
    ]);
  });

  it('keeps the section headings of a real New York Times page', () => {
    const headings = structure(HTML('US_Debt_Interest_Costs')).filter(
      ([kind]) => kind === 'heading',
    );
    expect(headings.map(([, , , text]) => text)).toEqual(
      expect.arrayContaining([
        'Interest costs make it harder for the government to do other things',
        'The U.S. hasn’t faced this issue for years',
      ]),
    );
  });
});
