import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { annotate, parseVerbs } from './annotate';
import { civilOf } from './days';
import type { DateGranularity, NumberKind, Sentence, VerbGroup } from './document';
import { spanText } from './spans';

/**
 * The one sentence of a one-paragraph article, annotated (relative dates resolve against `date`).
 * Segmented directly: a single short sentence may be refused as "not English" by the upload parser.
 */
function sentenceOf(text: string, date?: string): Sentence {
  const { passages } = segmentArticle(`Title\n\n${text}\n`);
  const doc = annotate(passages, date ? { date } : {});
  expect(doc.sentences.map((s) => s.text)).toEqual([text]);
  return doc.sentences[0]!;
}

const iso = (day: number) => {
  const { year, month, day: d } = civilOf(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

describe('annotate: tokens', () => {
  it.each([
    [
      'South Korean President Moon Jae-in met Xi Jinping in Beijing.',
      ['South', 'Korean', 'President', 'Moon', 'Jae-in', 'met', 'Xi', 'Jinping', 'in', 'Beijing'],
    ],
    [
      'The U.S.-led coalition struck targets in Syria.',
      ['The', 'U.S.-led', 'coalition', 'struck', 'targets', 'in', 'Syria'],
    ],
    [
      "Mugabe's ruling Zanu-PF dominated the vote.",
      ["Mugabe's", 'ruling', 'Zanu-PF', 'dominated', 'the', 'vote'],
    ],
    [
      'George H.W. Bush met Mikhail Gorbachev.',
      ['George', 'H.W.', 'Bush', 'met', 'Mikhail', 'Gorbachev'],
    ],
    [
      'Seismic activities concentrated on its mid-fracture.',
      ['Seismic', 'activities', 'concentrated', 'on', 'its', 'mid-fracture'],
    ],
    [
      "They've argued that sanctions aren't the solution.",
      ["They've", 'argued', 'that', 'sanctions', "aren't", 'the', 'solution'],
    ],
    [
      "The North won't give up its atomic bombs.",
      ['The', 'North', "won't", 'give', 'up', 'its', 'atomic', 'bombs'],
    ],
    [
      'The Korea-U.S. alliance remains strong.',
      ['The', 'Korea-U.S.', 'alliance', 'remains', 'strong'],
    ],
  ])('%s', (text, words) => {
    expect(sentenceOf(text).tokens.map((t) => t.text)).toEqual(words);
  });

  it.each([
    ["Netanyahu's Likud won the most seats.", "Netanyahu's", 'Netanyahu', true],
    ['Ahn was the nominee of the People’s Party.', 'People’s', 'People', true],
    ["Mugabe's ruling Zanu-PF dominated the vote.", "Mugabe's", 'Mugabe', true],
    ["It's the deadliest earthquake in decades.", "It's", "It's", false],
    ["There's collective amnesia.", "There's", "There's", false],
    ['The Data Re\u00adtention Bill was debated.', 'Re\u00adtention', 'Retention', false],
  ])('%s: %s → bare %s, possessive %s', (text, word, bare, possessive) => {
    const token = sentenceOf(text).tokens.find((t) => t.text === word);
    expect(token).toMatchObject({ bare, possessive });
  });
});

type VerbExpectation = Partial<
  Pick<
    VerbGroup,
    'auxiliary' | 'negative' | 'infinitive' | 'tense' | 'passive' | 'copula' | 'modal' | 'finite'
  >
>;

describe('annotate: tag corrections (lang/en/tagging.ts)', () => {
  it.each([
    ['The firm said profits rose.', 'firm', 'Noun'],
    ['The firm, which is one of the biggest investors in Google, grew.', 'firm', 'Noun'],
    ['A cheap, fast machine is here.', 'cheap', 'Adjective'],
  ])('%s: %s is %s', (text, word, tag) => {
    expect(
      sentenceOf(text)
        .tokens.find((t) => t.text === word)
        ?.tags.has(tag),
    ).toBe(true);
  });
});

describe('parseVerbs', () => {
  // Every shape of verb group compromise parses: auxiliaries, modals, negation, adverbs, particles,
  // "want to", passives, gerunds, copulas and contractions (which take the library's own path).
  const text = [
    'Moon had not definitively said whether he would reverse the decision.',
    'The five boroughs were consolidated into a single city in 1898, and trains ran on time.',
    "She gave up smoking, didn't want to leave and won't be coming back; they've scraped away the paint.",
    'The senator quickly wanted to sell the house that was being built; they want to leave.',
    'It is a chamber of parliament which has never been dissolved and may soon be reformed.',
    "He's running for office while it's raining, and we'll see whether they'd signed in 1919.",
  ].join(' ');
  type Part = { docs: unknown };
  const offsets = (part: Part) =>
    (part.docs as Array<Array<{ text: string; offset: { start: number } }>>).map((terms) =>
      terms.map((t) => `${t.text}@${t.offset.start}`),
    );
  const read = (parsed: ReturnType<typeof parseVerbs>) =>
    parsed.map((p) => ({
      root: offsets(p.root),
      auxiliary: offsets(p.auxiliary),
      negative: offsets(p.negative),
      particle: offsets(p.phrasal.particle),
    }));

  it("reads every verb group as compromise's own verbs().parse() does", () => {
    const view = nlp(text);
    view.compute('offset');
    const library = (view.verbs() as unknown as { parse(): ReturnType<typeof parseVerbs> }).parse();
    const ours = parseVerbs(view.verbs());
    expect(ours.length).toBeGreaterThan(15);
    expect(read(ours)).toEqual(read(library));
  });
});

describe('annotate: verb groups', () => {
  it.each<[string, string, VerbExpectation]>([
    [
      'Moon had not definitively said whether he would reverse the decision.',
      'said',
      { auxiliary: ['had'], negative: true, infinitive: 'say', tense: 'past', modal: false },
    ],
    [
      'Moon had not definitively said whether he would reverse the decision.',
      'reverse',
      { auxiliary: ['would'], negative: false, infinitive: 'reverse', modal: true },
    ],
    [
      'The five boroughs were consolidated into a single city in 1898.',
      'consolidated',
      {
        auxiliary: ['were'],
        infinitive: 'consolidate',
        tense: 'past',
        passive: true,
        copula: false,
      },
    ],
    [
      'New York has been described as the cultural capital of the world.',
      'described',
      { auxiliary: ['has', 'been'], infinitive: 'describe', tense: 'present', passive: true },
    ],
    [
      'The Data Retention Bill will be debated in the House of Representatives.',
      'debated',
      { auxiliary: ['will', 'be'], tense: 'future', passive: true, modal: false },
    ],
    [
      'He did not give a direct answer.',
      'give',
      { auxiliary: ['did'], negative: true, infinitive: 'give', tense: 'past', passive: false },
    ],
    [
      'Mr Mugabe is resisting mediation by a Catholic priest.',
      'resisting',
      { auxiliary: ['is'], infinitive: 'resist', tense: 'present', passive: false, finite: true },
    ],
    [
      'Nine churchgoers were killed in South Carolina.',
      'killed',
      { infinitive: 'kill', tense: 'past', passive: true },
    ],
    [
      'The source could not provide details of the talks.',
      'provide',
      { auxiliary: ['could'], negative: true, modal: true, infinitive: 'provide' },
    ],
    [
      'Pyongyang should denuclearize itself.',
      'denuclearize',
      { auxiliary: ['should'], modal: true, tense: 'present', negative: false },
    ],
    [
      'New York is the most populous city in the United States.',
      'is',
      { auxiliary: [], copula: true, infinitive: 'be', tense: 'present', negative: false },
    ],
    [
      'Tibet was a strong power during the 9th century.',
      'was',
      { copula: true, infinitive: 'be', tense: 'past' },
    ],
    [
      "They've argued that sanctions aren't the solution.",
      "aren't",
      { copula: true, negative: true, tense: 'present' },
    ],
    [
      "The North won't give up its atomic bombs.",
      'give',
      { negative: true, infinitive: 'give up', tense: 'future', modal: false },
    ],
    [
      'The Dutch named it New Amsterdam in 1626.',
      'named',
      { auxiliary: [], infinitive: 'name', tense: 'past', passive: false, finite: true },
    ],
    [
      'The Senate has 104 members and meets in the east wing.',
      'meets',
      { infinitive: 'meet', tense: 'present', finite: true },
    ],
    [
      "The city hasn't faced this issue.",
      'faced',
      { auxiliary: ['has'], negative: true, infinitive: 'face', tense: 'present' },
    ],
    ['He vowed to keep trying.', 'keep', { finite: false }],
    [
      'The president is expected to meet relatives in Nairobi.',
      'meet',
      { finite: false, infinitive: 'meet' },
    ],
    [
      'The president is expected to meet relatives in Nairobi.',
      'expected',
      { finite: true, passive: true, auxiliary: ['is'] },
    ],
    [
      'He has been receiving cancer treatment in Britain.',
      'receiving',
      { auxiliary: ['has', 'been'], infinitive: 'receive', passive: false, tense: 'present' },
    ],
    [
      'The city was founded in the 17th century and grew in the 1800s.',
      'grew',
      { infinitive: 'grow', tense: 'past', finite: true },
    ],
    // compromise's rule makes "hange" of "hanged"; its word list knows "hang".
    ['Joseph Scholes hanged himself in his cell.', 'hanged', { infinitive: 'hang', tense: 'past' }],
    ['The bakers baked bread for the town.', 'baked', { infinitive: 'bake', tense: 'past' }],
    // compromise's root drops a prefix's hyphen: "re-signed" is not "resigned".
    ['Boca re-signed Martin Palermo.', 're-signed', { infinitive: 're-sign', tense: 'past' }],
  ])('%s [%s]', (text, head, expected) => {
    const sentence = sentenceOf(text);
    const verb = sentence.verbs.find((v) => sentence.tokens[v.head]?.text === head);
    expect(verb).toMatchObject(expected);
  });
});

describe('annotate: numbers', () => {
  it.each<[string, Array<{ text: string; value: number; kind: NumberKind; unit?: string }>]>([
    [
      'The earthquake left about 4.8 million people homeless.',
      [{ text: '4.8 million', value: 4_800_000, kind: 'count', unit: 'people' }],
    ],
    [
      'The city received a record 56 million tourists in 2014.',
      [{ text: '56 million', value: 56_000_000, kind: 'count', unit: 'tourists' }],
    ],
    // The counted noun is "SUVs": "concept" is no unit.
    ['GM is showing two concept SUVs in Detroit.', [{ text: 'two', value: 2, kind: 'count' }]],
    // A figure glued to capitals is a name ("3G"); "4K" is four thousand.
    [
      'He bought a 3G phone for 5G networks and 4K people.',
      [{ text: '4K', value: 4000, kind: 'count', unit: 'people' }],
    ],
    // A race, not 200 million of something.
    ['Kenteris won 200m gold, while Thanou won silver in the 100m.', []],
    [
      'About 200m people use the service.',
      [{ text: '200m', value: 200_000_000, kind: 'count', unit: 'people' }],
    ],
    [
      'New York City consists of five boroughs.',
      [{ text: 'five', value: 5, kind: 'count', unit: 'boroughs' }],
    ],
    ['Painkiller adds a few modern touches to the genre.', []],
    ['Several hundred people marched through the capital.', []],
    [
      'Mr Brown wanted to provide $10bn (£5.38bn) a year over a decade.',
      [{ text: '$10bn', value: 10_000_000_000, kind: 'money' }],
    ],
    [
      'The census counted 8,491,079 residents in 2014.',
      [{ text: '8,491,079', value: 8_491_079, kind: 'count', unit: 'residents' }],
    ],
    [
      'Nine churchgoers were killed in South Carolina.',
      [{ text: 'Nine', value: 9, kind: 'count', unit: 'churchgoers' }],
    ],
    [
      'The deficit is expected to total nearly $1 trillion next year.',
      [{ text: '$1 trillion', value: 1e12, kind: 'money' }],
    ],
    [
      'The company paid £2.5 million in fines.',
      [{ text: '£2.5 million', value: 2_500_000, kind: 'money' }],
    ],
    [
      'The bill raised spending by $300 billion over two years.',
      [
        { text: '$300 billion', value: 3e11, kind: 'money' },
        { text: 'two', value: 2, kind: 'count', unit: 'years' },
      ],
    ],
    [
      'Interest on the debt will eat up 13 percent of government spending.',
      [{ text: '13 percent', value: 13, kind: 'percent' }],
    ],
    ['About 80% of buildings were destroyed.', [{ text: '80%', value: 80, kind: 'percent' }]],
    ['The yield has risen to 3.1 percent.', [{ text: '3.1 percent', value: 3.1, kind: 'percent' }]],
    [
      'It is the 21st deadliest earthquake of all time.',
      [{ text: '21st', value: 21, kind: 'ordinal' }],
    ],
    ['She finished third in the race.', [{ text: 'third', value: 3, kind: 'ordinal' }]],
    [
      'The Senate has 104 members and meets in the east wing.',
      [{ text: '104', value: 104, kind: 'count', unit: 'members' }],
    ],
    ['The Normans adopted the Catholic religion in the 10th century.', []],
    ['Mugabe has led Zimbabwe since independence in 1980.', []],
  ])('%s', (text, expected) => {
    const numbers = sentenceOf(text).numbers.map((n) => ({
      text: n.text,
      value: n.value,
      kind: n.kind,
      ...(n.unit ? { unit: n.unit } : {}),
    }));
    expect(numbers).toEqual(expected);
  });
});

interface DateExpectation {
  text: string;
  phrase: string;
  granularity: DateGranularity;
  relative: boolean;
  /** First and last day, for absolute dates only. */
  days?: [string, string];
}

describe('annotate: dates', () => {
  it.each<[string, DateExpectation[]]>([
    // A figure after the comma is no part of the date.
    [
      "By 2025, 40% of the UK's population will still be without internet access at home.",
      [
        {
          text: '2025',
          phrase: 'By 2025',
          granularity: 'year',
          relative: false,
          days: ['2025-01-01', '2025-12-31'],
        },
      ],
    ],
    [
      'On Monday, 5 June 2017, he left.',
      [
        {
          text: 'Monday, 5 June 2017',
          phrase: 'On Monday, 5 June 2017',
          granularity: 'day',
          relative: false,
          days: ['2017-06-05', '2017-06-05'],
        },
      ],
    ],
    [
      'The Normans adopted the Catholic religion in the 10th century.',
      [
        {
          text: 'the 10th century',
          phrase: 'in the 10th century',
          granularity: 'century',
          relative: false,
          days: ['0901-01-01', '1000-12-31'],
        },
      ],
    ],
    [
      'The Ming initiated armed intervention in Tibet during the 14th century.',
      [
        {
          text: 'the 14th century',
          phrase: 'during the 14th century',
          granularity: 'century',
          relative: false,
          days: ['1301-01-01', '1400-12-31'],
        },
      ],
    ],
    [
      'By the 1990s the paper had the largest circulation in Canada.',
      [
        {
          text: 'the 1990s',
          phrase: 'By the 1990s',
          granularity: 'decade',
          relative: false,
          days: ['1990-01-01', '1999-12-31'],
        },
      ],
    ],
    [
      'New York served as the capital of the United States from 1785 until 1790.',
      [
        {
          text: '1785 until 1790',
          phrase: 'from 1785 until 1790',
          granularity: 'years',
          relative: false,
          days: ['1785-01-01', '1790-12-31'],
        },
      ],
    ],
    [
      'The dynasty ruled from 1368 to 1644.',
      [
        {
          text: '1368 to 1644',
          phrase: 'from 1368 to 1644',
          granularity: 'years',
          relative: false,
          days: ['1368-01-01', '1644-12-31'],
        },
      ],
    ],
    [
      'The five boroughs were consolidated into a single city in 1898.',
      [
        {
          text: '1898',
          phrase: 'in 1898',
          granularity: 'year',
          relative: false,
          days: ['1898-01-01', '1898-12-31'],
        },
      ],
    ],
    [
      'Mugabe has led Zimbabwe since independence in 1980.',
      [
        {
          text: '1980',
          phrase: 'in 1980',
          granularity: 'year',
          relative: false,
          days: ['1980-01-01', '1980-12-31'],
        },
      ],
    ],
    [
      'Moon unveiled his plan on 23 April 2017.',
      [
        {
          text: '23 April 2017',
          phrase: 'on 23 April 2017',
          granularity: 'day',
          relative: false,
          days: ['2017-04-23', '2017-04-23'],
        },
      ],
    ],
    [
      'The 1962 Constitution was abrogated on 25 March 1969.',
      [
        {
          text: '25 March 1969',
          phrase: 'on 25 March 1969',
          granularity: 'day',
          relative: false,
          days: ['1969-03-25', '1969-03-25'],
        },
      ],
    ],
    [
      'On October 7, 1958, Martial Law was promulgated.',
      [
        {
          text: 'October 7, 1958',
          phrase: 'On October 7, 1958',
          granularity: 'day',
          relative: false,
          days: ['1958-10-07', '1958-10-07'],
        },
      ],
    ],
    [
      'He said on May 28, 2007 that the war was over.',
      [
        {
          text: 'May 28, 2007',
          phrase: 'on May 28, 2007',
          granularity: 'day',
          relative: false,
          days: ['2007-05-28', '2007-05-28'],
        },
      ],
    ],
    [
      'The coup happened in November 2017.',
      [
        {
          text: 'November 2017',
          phrase: 'in November 2017',
          granularity: 'month',
          relative: false,
          days: ['2017-11-01', '2017-11-30'],
        },
      ],
    ],
    [
      'The Fed has raised rates since December 2015.',
      [
        {
          text: 'December 2015',
          phrase: 'since December 2015',
          granularity: 'month',
          relative: false,
          days: ['2015-12-01', '2015-12-31'],
        },
      ],
    ],
    [
      'The city was founded in the 17th century and grew rapidly.',
      [
        {
          text: 'the 17th century',
          phrase: 'in the 17th century',
          granularity: 'century',
          relative: false,
          days: ['1601-01-01', '1700-12-31'],
        },
      ],
    ],
    // A time counted back from the day of writing (or from an event named before) is relative.
    [
      'Venus Williams, who lost in the Melbourne final two years ago, opens against Eleni Daniilidou.',
      [{ text: 'two years ago', phrase: 'two years ago', granularity: 'relative', relative: true }],
    ],
    [
      'A decade earlier, the company had moved to Leeds.',
      [
        {
          text: 'A decade earlier',
          phrase: 'A decade earlier',
          granularity: 'relative',
          relative: true,
        },
      ],
    ],
    [
      'The theatre was sold at auction 18 months ago for £340,000.',
      [{ text: '18 months ago', phrase: '18 months ago', granularity: 'relative', relative: true }],
    ],
    [
      'Mr Obama lands in Kenya on Tuesday.',
      [{ text: 'Tuesday', phrase: 'on Tuesday', granularity: 'day', relative: true }],
    ],
    [
      'The Bank of England raised rates on Thursday.',
      [{ text: 'Thursday', phrase: 'on Thursday', granularity: 'day', relative: true }],
    ],
    [
      'The Constitution was passed on 12 April.',
      [{ text: '12 April', phrase: 'on 12 April', granularity: 'day', relative: true }],
    ],
    [
      'The Bill was introduced in February.',
      [{ text: 'February', phrase: 'in February', granularity: 'month', relative: true }],
    ],
    [
      'Statistics showed a decline since October from 785 to 708.',
      [{ text: 'October', phrase: 'since October', granularity: 'month', relative: true }],
    ],
    [
      // Only bare figures say it is a time: the year cue alone must send it to the date tagger.
      'Free state education was introduced piecemeal between 1870 and 1944.',
      [
        {
          text: '1870',
          phrase: 'between 1870',
          granularity: 'year',
          relative: false,
          days: ['1870-01-01', '1870-12-31'],
        },
        {
          text: '1944',
          phrase: '1944',
          granularity: 'year',
          relative: false,
          days: ['1944-01-01', '1944-12-31'],
        },
      ],
    ],
    [
      'The Fed has gradually raised rates, starting in December 2015.',
      [
        {
          text: 'December 2015',
          phrase: 'starting in December 2015',
          granularity: 'month',
          relative: false,
          days: ['2015-12-01', '2015-12-31'],
        },
      ],
    ],
    ['The army seized power in a bloodless coup.', []],
    ['The earthquake left about 4.8 million people homeless.', []],
  ])('%s', (text, expected) => {
    const sentence = sentenceOf(text, '2015-03-18');
    const dates = sentence.dates.map((d) => ({
      text: d.text,
      phrase: spanText(sentence, { start: d.phraseStart, end: d.end }),
      granularity: d.granularity,
      relative: d.relative,
      ...(d.relative ? {} : { days: [iso(d.from), iso(d.to)] }),
    }));
    expect(dates).toEqual(expected);
  });

  it('a phrase compromise-dates cannot read ("in a third quarter") costs only its own sentence', () => {
    const { passages } = segmentArticle(
      'Title\n\nThe airline reported its results on 5 March 2004. Rod Eddington said the results were "respectable" in a third quarter when fuel costs rose by £106m.\n',
    );
    const doc = annotate(passages, { date: '2005-02-11' });
    expect(doc.sentences).toHaveLength(2);
    const [date] = doc.sentences[0]!.dates;
    expect(date).toMatchObject({ text: '5 March 2004', granularity: 'day', relative: false });
    expect([iso(date!.from), iso(date!.to)]).toEqual(['2004-03-05', '2004-03-05']);
  });

  it('"in the year 1972" is the year 1972', () => {
    const [date] = sentenceOf(
      'The Civil Government gave the nation an interim Constitution in the year 1972.',
    ).dates;
    expect(date).toMatchObject({ text: '1972', granularity: 'year', relative: false });
    expect([iso(date!.from), iso(date!.to)]).toEqual(['1972-01-01', '1972-12-31']);
  });
});
