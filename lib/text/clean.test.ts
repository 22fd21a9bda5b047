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

  it.each([
    [
      'Baikal paid dollars 9.37bn (pounds 4.8bn) for the unit.',
      'Baikal paid $9.37bn (£4.8bn) for the unit.',
    ],
    ['Payments will rise by pounds 1,400 a year.', 'Payments will rise by £1,400 a year.'],
    ['Aid will exceed euros 16.5bn.', 'Aid will exceed €16.5bn.'],
    // Written as English writes a currency word, it is left as it is.
    [
      'It cost 5bn dollars and 20 pounds of paperwork.',
      'It cost 5bn dollars and 20 pounds of paperwork.',
    ],
  ])(
    'writes a currency word set before its figure (a symbol a feed lost) as the symbol: %s',
    (raw, clean) => {
      expect(cleanArticleText(raw).blocks[0]?.text).toBe(clean);
    },
  );

  it('joins hard-wrapped lines inside a paragraph', () => {
    expect(cleanArticleText('One line\ncontinues here.').blocks[0]?.text).toBe(
      'One line continues here.',
    );
  });
});

const LONG =
  'The council met on Monday evening and agreed a budget for the coming year after a long debate.';

describe('cleanArticleText: structure of pasted text', () => {
  it.each<[string, string, object[]]>([
    [
      'a "* " list after its lead-in, each item a paragraph of its own',
      'The new law changes three things:\n* Voters must show photo ID.\n* Polling stations open at 6 a.m.\n* Postal votes close a week earlier.',
      [
        { kind: 'paragraph', text: 'The new law changes three things:' },
        { kind: 'paragraph', form: 'bullet', text: 'Voters must show photo ID.' },
        { kind: 'paragraph', form: 'bullet', text: 'Polling stations open at 6 a.m.' },
        { kind: 'paragraph', form: 'bullet', text: 'Postal votes close a week earlier.' },
      ],
    ],
    [
      '"- " and "• " items without full stops (as copied from a web page)',
      '- The UK must stay in the EU\n• Syria needs a political solution',
      [
        { kind: 'paragraph', form: 'bullet', text: 'The UK must stay in the EU' },
        { kind: 'paragraph', form: 'bullet', text: 'Syria needs a political solution' },
      ],
    ],
    [
      'numbered items "1." and "2)", keeping their own numbers',
      '1. The bill is read.\n2) Members vote on it.\n\n3. The Senate reviews it.',
      [
        { kind: 'paragraph', form: 'numbered', ordinal: 1, text: 'The bill is read.' },
        { kind: 'paragraph', form: 'numbered', ordinal: 2, text: 'Members vote on it.' },
        { kind: 'paragraph', form: 'numbered', ordinal: 3, text: 'The Senate reviews it.' },
      ],
    ],
    [
      'a wrapped item: its indented or lower-case continuation joins it',
      '* Voters must show\n  photo ID at the polls.\n* Postal votes close\na week earlier.',
      [
        { kind: 'paragraph', form: 'bullet', text: 'Voters must show photo ID at the polls.' },
        { kind: 'paragraph', form: 'bullet', text: 'Postal votes close a week earlier.' },
      ],
    ],
    [
      'a paragraph after a list, in the same block',
      '* Voters must show photo ID.\nThe change takes effect in May.',
      [
        { kind: 'paragraph', form: 'bullet', text: 'Voters must show photo ID.' },
        { kind: 'paragraph', text: 'The change takes effect in May.' },
      ],
    ],
    [
      'Markdown headings, "###" one level down',
      `## Reactions\n${LONG}\n\n### In the Senate\n\n${LONG}`,
      [
        { kind: 'heading', text: 'Reactions' },
        { kind: 'paragraph', text: LONG },
        { kind: 'heading', level: 3, text: 'In the Senate' },
        { kind: 'paragraph', text: LONG },
      ],
    ],
    [
      'a block quote over two lines, and a bare ">" parting two quoted paragraphs',
      '> We will not give up\n> our rights.\n>\n> Nor should anyone.',
      [
        { kind: 'paragraph', form: 'quote', text: 'We will not give up our rights.' },
        { kind: 'paragraph', form: 'quote', text: 'Nor should anyone.' },
      ],
    ],
    [
      'a short title-like line over a paragraph pasted without a blank line',
      `Early life\n${LONG}`,
      [
        { kind: 'heading', text: 'Early life' },
        { kind: 'paragraph', text: LONG },
      ],
    ],
    [
      'a title-like line between two paragraphs of one block',
      `${LONG}\nForeign relations\n${LONG}`,
      [
        { kind: 'paragraph', text: LONG },
        { kind: 'heading', text: 'Foreign relations' },
        { kind: 'paragraph', text: LONG },
      ],
    ],
    [
      'a section break "* * *" is no item',
      `${LONG}\n\n* * *\n\n${LONG.replace('Monday', 'Tuesday')}`,
      [
        { kind: 'paragraph', text: LONG },
        { kind: 'paragraph', text: LONG.replace('Monday', 'Tuesday') },
      ],
    ],
    [
      'an escaped mark is text: "\\1. FC Köln"',
      '\\1. FC Köln won the cup on Saturday in front of a full stadium.',
      [
        {
          kind: 'paragraph',
          text: '1. FC Köln won the cup on Saturday in front of a full stadium.',
        },
      ],
    ],
  ])('%s', (_case, text, blocks) => {
    // A title is given so that the first block is read as the body, not taken as the title.
    expect(cleanArticleText(text, { title: 'Given title' }).blocks).toEqual(blocks);
  });

  // What must stay one paragraph, exactly as before lists were read.
  it.each([
    [
      'a one-line sentence over the next line',
      'The vote passed.\nIt was close, with 52 members in favour and 48 against.',
    ],
    [
      'a one-line sentence with no full stop over a short line',
      'Voting closes at ten\nIt opened at six.',
    ],
    [
      'hard-wrapped lines of one width',
      'The council met on Monday evening and\nagreed a budget for the coming year after a long\ndebate about the cost of the library.',
    ],
    [
      'a wrapped line ending mid-phrase',
      'The Senate of\nPakistan is the upper house of the bicameral parliament of the country.',
    ],
    [
      'a wrapped line that starts with a number',
      'The count of seats rose to\n12. Then it fell again after the recount.',
    ],
    [
      'a wrapped line that starts with a dash',
      'The result was\n- as everyone expected - a narrow win for the government.',
    ],
    [
      'a hashtag that opens a paragraph',
      '#MeToo began in 2017 and spread to many countries within weeks.',
    ],
  ])('keeps %s as one paragraph', (_case, text) => {
    expect(cleanArticleText(text, { title: 'Given title' }).blocks).toEqual([
      { kind: 'paragraph', text: text.replace(/\n/g, ' ') },
    ]);
  });

  it('takes a "# " heading as the title and keeps a list item from ever being one', () => {
    expect(cleanArticleText(`# Election rules\n\n${LONG}`).title).toBe('Election rules');
    const listFirst = cleanArticleText(`* Voters must show photo ID\n\n${LONG}`);
    expect(listFirst.title).toBeUndefined();
    expect(listFirst.blocks[0]).toEqual({
      kind: 'paragraph',
      form: 'bullet',
      text: 'Voters must show photo ID',
    });
  });

  it('still drops chrome that comes as a list (a site menu)', () => {
    const cleaned = cleanArticleText(`* Subscribe to our newsletter\n* Sign in\n\n${LONG}`, {
      title: 'Given title',
    });
    expect(cleaned.removed).toEqual(['Subscribe to our newsletter', 'Sign in']);
    expect(cleaned.blocks).toEqual([{ kind: 'paragraph', text: LONG }]);
  });
});
