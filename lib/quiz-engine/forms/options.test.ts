import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { DateSpan, NumberSpan, Sentence } from '../nlp/document';
import { dayNumber } from '../nlp/days';
import type { Entity } from '../stages/names';
import {
  dateOptions,
  entityOptions,
  formatDate,
  mayBeSame,
  numberOptions,
  optionName,
  optionsAreWrong,
  reformatNumber,
} from './options';

function analysisOf(body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`Article\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title: 'Article', passages, wordCount });
}

function entity(name: string, aliases: string[] = []): Entity {
  return {
    id: `thing:${name}`,
    kind: 'organization',
    name,
    aliases,
    mentions: [],
    definite: false,
    confidence: 3,
  };
}

function named(analysis: Analysis, name: string): Entity {
  const found = analysis.names.entities.find((e) => e.name === name);
  expect(found, `an entity named ${name}`).toBeDefined();
  return found!;
}

/** A date or figure of the article, with the sentence that writes it. */
function dateIn(analysis: Analysis, text: string): { date: DateSpan; sentence: Sentence } {
  for (const sentence of analysis.doc.sentences)
    for (const date of sentence.dates) if (date.text === text) return { date, sentence };
  throw new Error(`no date written ${text}`);
}

function numberIn(analysis: Analysis, text: string): { number: NumberSpan; sentence: Sentence } {
  for (const sentence of analysis.doc.sentences)
    for (const number of sentence.numbers) if (number.text === text) return { number, sentence };
  throw new Error(`no figure written ${text}`);
}

describe('mayBeSame: two names that may name one thing are never key and wrong option', () => {
  it.each<[string, string[], string, string[], boolean]>([
    ['Toronto Star', [], 'the Star', [], true],
    ['New York City', [], 'New York', [], true],
    ['Robert Mugabe', ['Mr Mugabe'], 'Mugabe', [], true],
    ['Moon Jae-in', [], 'Ahn Cheol-soo', [], false],
    ['Labour Party', [], 'Conservative Party', [], false],
    ['National Post', [], 'Toronto Star', [], false],
    ['United States', [], 'United Kingdom', [], false],
  ])('%s ~ %s', (a, aliases, b, bAliases, same) => {
    expect(mayBeSame(entity(a, aliases), entity(b, bAliases))).toBe(same);
    expect(mayBeSame(entity(b, bAliases), entity(a, aliases))).toBe(same);
  });
});

describe('optionName: a name as an option shows it', () => {
  it.each<[string, string]>([
    ['the United Nations', 'United Nations'],
    ['Moon Jae-in', 'Moon Jae-in'],
  ])('%s → %s', (name, shown) => {
    expect(optionName(entity(name))).toBe(shown);
  });
});

const CITIES =
  'Moon Jae-in met Shinzo Abe in Tokyo. Hong Joon-pyo visited Beijing. Ahn Cheol-soo travelled to Seoul. Kim praised the plan. Japan and China traded.';

describe('entityOptions: other entities of the key’s kind and subtype', () => {
  it('cities beside a city, never a country, never the key', () => {
    const analysis = analysisOf(CITIES);
    const options = entityOptions(analysis, named(analysis, 'Tokyo'), { salt: 'a' })!;
    expect([...options].sort()).toEqual(['Beijing', 'Seoul']);
  });

  it('a place is never offered beside a part of it or what it is part of (England for the UK, Ireland for Northern Ireland)', () => {
    const analysis = analysisOf(
      'The United Kingdom has a market economy. England has the largest population. Wales has a long coastline. France borders Spain. Germany traded with France. Spain exports olives. Northern Ireland elected a new assembly. Ireland uses the euro.',
    );
    const uk = entityOptions(analysis, named(analysis, 'United Kingdom'), { salt: 'a' })!;
    expect(uk.filter((o) => o === 'England' || o === 'Wales' || o === 'Northern Ireland')).toEqual(
      [],
    );
    const ni = entityOptions(analysis, named(analysis, 'Northern Ireland'), { salt: 'a' })!;
    expect(ni.filter((o) => o === 'Ireland' || o === 'United Kingdom')).toEqual([]);
  });

  it('people beside a person; a bare single name is no option beside full names', () => {
    const analysis = analysisOf(CITIES);
    const options = entityOptions(analysis, named(analysis, 'Moon Jae-in'), { salt: 'a' })!;
    expect([...options].sort()).toEqual(['Ahn Cheol-soo', 'Hong Joon-pyo', 'Shinzo Abe']);
  });

  it('leaves out those excluded (they did the same) and those the stem names', () => {
    const analysis = analysisOf(CITIES);
    const moon = named(analysis, 'Moon Jae-in');
    const options = entityOptions(analysis, moon, {
      salt: 'a',
      exclude: new Set([named(analysis, 'Ahn Cheol-soo').id]),
      stem: 'Who met Shinzo Abe in Tokyo?',
    });
    expect(options).toBeUndefined();
    const fewer = entityOptions(analysis, moon, {
      salt: 'a',
      exclude: new Set([named(analysis, 'Ahn Cheol-soo').id]),
    })!;
    expect([...fewer].sort()).toEqual(['Hong Joon-pyo', 'Shinzo Abe']);
  });

  it('a song or a brand that reads as a person ("Hey Jude", "Alfa Romeo") is no person option', () => {
    const analysis = analysisOf(
      'Paul McCartney played at the Super Bowl. He closed the show with a rousing version of Hey Jude, which Hey Jude fans loved. Fiat is best known for its Alfa Romeo marque. Singer Alicia Keys sang first. "It was great," said Istvan Nagy. Producer Don Mischer oversaw the show. Writers include J. K. Rowling. The prize went to Reidar Wasenius, who plays a director.',
    );
    const options = entityOptions(analysis, named(analysis, 'Paul McCartney'), {
      salt: 'a',
      count: 9,
    })!;
    expect([...options].sort()).toEqual([
      'Alicia Keys',
      'Don Mischer',
      'Istvan Nagy',
      'J. K. Rowling',
      'Reidar Wasenius',
    ]);
  });

  it('a key named by surname alone gets the others by surname ("Dunwoody", "Blair", "Brown")', () => {
    const analysis = analysisOf(
      'Ms Dunwoody chairs the Transport Select Committee. Tony Blair spoke in Gateshead. Gordon Brown spoke on Saturday. Mr Brown agreed with Mr Blair.',
    );
    const options = entityOptions(analysis, named(analysis, 'Dunwoody'), {
      salt: 'a',
      count: 9,
    })!;
    expect([...options].sort()).toEqual(['Blair', 'Brown']);
  });

  it('a name only quoted ("Vote Blair, Get Brown") is no person option', () => {
    // Three paragraphs of a BBC article (politics/336).
    const analysis = analysisOf(
      [
        'Tony Blair has told Labour supporters he\'s "back" and still hungry for the job of prime minister - but does that sum up the mood at the party\'s spring conference in Gateshead?',
        '"The electorate are keener on the government than some Labour Party members," is the dry assessment of Graham Lane, leader of the Labour group on Newham Council. The problem, according to Mr Lane, is not continuing divisions over Iraq, foundation hospitals or tuition fees, or even voter apathy, but Mr Blair himself. "I have a new slogan. Vote Blair, Get Brown. That\'s what I am telling people on the doorstep. Don\'t worry, he will be gone soon." His friend, Saxon Spence, leader of Devon county Labour group, lays the blame for any lack of campaigning zeal on one issue above all others. "You cannot underestimate the impact of the war in Iraq. We lost people from our local party who had some key roles."',
        "But the two friends were fired up by Gordon Brown's speech on Saturday, with its appeal to core Labour values on social justice, health and education.",
      ].join('\n\n'),
    );
    const options = entityOptions(analysis, named(analysis, 'Saxon Spence'), {
      salt: 'a',
      count: 9,
    })!;
    expect(options).toContain('Tony Blair');
    expect(options).not.toContain('Get Brown');
  });

  it('a constituency named like a person ("Brent South") and a woman for "men\'s" are no options', () => {
    const analysis = analysisOf(
      'Paul Boateng, the MP for Brent South, is to step down. Gordon Brown praised Paul Boateng. Labour MP Ann Grant spoke. Chancellor Gordon Brown and Tony Blair agreed. Michael East ran the 1500m. Kelly Holmes won two golds. Alan Webb ran too.',
    );
    const who = entityOptions(analysis, named(analysis, 'Paul Boateng'), { salt: 'a', count: 9 })!;
    expect(who).not.toContain('Brent South');
    const men = entityOptions(analysis, named(analysis, 'Michael East'), {
      salt: 'a',
      count: 9,
      stem: "The only individual men's finalist on the track was Michael East in the 1500m.",
    })!;
    expect(men).not.toContain('Kelly Holmes');
    expect(men).toContain('Alan Webb');
  });

  it('a constituency also named in a quoted slogan ("today Brent South, tomorrow Soweto") is no person option', () => {
    const analysis = analysisOf(
      'Paul Boateng is to step down. Mr Boateng was elected in 1987, declaring "today Brent South, tomorrow Soweto". His re-election in Brent South seat was never in danger. Gordon Brown praised him. Labour MP Ann Grant spoke. Tony Blair agreed.',
    );
    const who = entityOptions(analysis, named(analysis, 'Paul Boateng'), { salt: 'a', count: 9 })!;
    expect(who).toContain('Gordon Brown');
    expect(who).not.toContain('Brent South');
  });

  it('a woman key: no man for "Duchess", and women first where there are enough', () => {
    const analysis = analysisOf(
      'Mrs Parker Bowles will take the title HRH Duchess of Cornwall. Tony Blair said so. John Reid agreed. Charles Kennedy spoke. Mrs Carol Ward, Ms Ann Grant and Mrs Joan Ruddock spoke too.',
    );
    const key = named(analysis, 'Parker Bowles');
    const duchess = entityOptions(analysis, key, {
      salt: 'a',
      count: 9,
      stem: 'Who will take the title HRH Duchess of Cornwall?',
    })!;
    expect([...duchess].sort()).toEqual(['Ann Grant', 'Carol Ward', 'Joan Ruddock']);
    const said = entityOptions(analysis, key, { salt: 'b', stem: 'Who spoke?' })!;
    expect([...said].sort()).toEqual(['Ann Grant', 'Carol Ward', 'Joan Ruddock']);
  });

  it('a name written only before the noun it modifies ("the PR risk") is no organisation option', () => {
    const analysis = analysisOf(
      'Analysts from Citigroup said the cruise was a potential PR fiasco. That should mitigate some of the PR risk. Deutsche Bank agreed with Citigroup. Merrill Lynch Bank did not. The World Trade Organization was silent.',
    );
    const options = entityOptions(analysis, named(analysis, 'Citigroup'), { salt: 'a', count: 9 })!;
    expect(options).toContain('Deutsche Bank');
    expect(options).not.toContain('PR');
  });

  it('an organisation only by a tag on one bare acronym ("the DVD", "CGI") is no option', () => {
    const analysis = analysisOf(
      'The BBC intends to produce all of its content in HD by 2010, the BBC said. The game looks closer to the film, especially the CGI stuff from the DVD. The World Trade Organization agreed. The European Commission disagreed with the World Trade Organization and the BBC.',
    );
    const options = entityOptions(analysis, named(analysis, 'BBC'), { salt: 'a' })!;
    expect([...options].sort()).toEqual(['European Commission', 'World Trade Organization']);
  });

  it('no options when fewer than two of the kind remain', () => {
    const analysis = analysisOf(CITIES);
    expect(entityOptions(analysis, named(analysis, 'Japan'), { salt: 'a' })).toBeUndefined();
  });

  it('at most the count asked for, always from the pool', () => {
    const analysis = analysisOf(CITIES);
    const options = entityOptions(analysis, named(analysis, 'Moon Jae-in'), {
      salt: 'b',
      count: 1,
    })!;
    expect(options).toHaveLength(1);
    expect(['Ahn Cheol-soo', 'Hong Joon-pyo', 'Shinzo Abe']).toContain(options[0]);
  });
});

const DAYS =
  'The treaty was signed on 23 April 2017. The vote was held on 2 May 2017. The law passed on 14 March 2016. The report appeared on April 9, 2018.';
const YEARS =
  'The five boroughs were consolidated in 1898. The subway opened in 1904. The bridge was finished in 1883. The tower was finished in 2013.';

describe('dateOptions: dates of the key’s precision, written the key’s way', () => {
  it.each<[string, string, string, RegExp, string[], string[]]>([
    // [what it shows, body, key as written, option shape, must be options, never options]
    [
      'a day written day-month-year: the article’s other days, the same way',
      DAYS,
      '23 April 2017',
      /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
      ['2 May 2017', '14 March 2016', '9 April 2018'],
      [],
    ],
    [
      'a day written month-day-year: the others rewritten that way',
      DAYS,
      'April 9, 2018',
      /^[A-Z][a-z]+ \d{1,2}, \d{4}$/,
      ['May 2, 2017', 'April 23, 2017', 'March 14, 2016'],
      [],
    ],
    [
      'a year: near years of the article, never one far from the key',
      YEARS,
      '1898',
      /^\d{4}$/,
      ['1904', '1883'],
      ['2013'],
    ],
    [
      'a century',
      'The Normans adopted the Catholic religion in the 10th century.',
      'the 10th century',
      /^the \d+(?:st|nd|rd|th) century$/,
      [],
      [],
    ],
    ['a decade', 'The economy collapsed in the 1990s.', 'the 1990s', /^the \d{3}0s$/, [], []],
  ])('%s', (_, body, text, shape, must, never) => {
    const analysis = analysisOf(body);
    const { date } = dateIn(analysis, text);
    const options = dateOptions(analysis, date, text, [])!;
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options).not.toContain(text);
    expect(new Set(options).size).toBe(options.length);
    for (const o of options) expect(o).toMatch(shape);
    for (const o of must) expect(options).toContain(o);
    for (const o of never) expect(options).not.toContain(o);
  });

  it('never a date of the same event (another date of its sentence)', () => {
    const analysis = analysisOf(
      'The assembly adopted the convention in 1948 and ratified it in 1951. The court opened in 1946.',
    );
    const { date, sentence } = dateIn(analysis, '1948');
    const options = dateOptions(
      analysis,
      date,
      '1948',
      sentence.dates.filter((d) => d !== date),
    )!;
    expect(options).not.toContain('1951');
    expect(options).toContain('1946');
  });
});

describe('numberOptions: figures of the key’s unit, written the same way', () => {
  const CITY =
    'The city has 472 stations. The city spent $4.8 billion on trains. The state spent $300,000 on signs. The city built 12 bridges and 5 tunnels. The city spent $1.2 billion on buses. At least 69,000 people were killed.';
  it.each<[string, string, RegExp, string[], string[]]>([
    // [what it shows, key as written, option shape, must be options, never options]
    [
      'money: the article’s own sum of the same shape',
      '$4.8 billion',
      /^\$\d+(?:\.\d)? billion$/,
      ['$1.2 billion'],
      ['$300,000'],
    ],
    [
      'money of another shape is no option',
      '$300,000',
      /^\$\d{3},\d{3}$/,
      [],
      ['$4.8 billion', '$1.2 billion'],
    ],
    ['a count: never a figure of another unit', '12', /^\d+$/, [], ['5', '472']],
    ['a grouped count stays grouped', '69,000', /^\d{1,3}(?:,\d{3})+$/, [], []],
  ])('%s', (_, text, shape, must, never) => {
    const analysis = analysisOf(CITY);
    const { number, sentence } = numberIn(analysis, text);
    const options = numberOptions(analysis, number, text, sentence)!;
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options).not.toContain(text);
    expect(new Set(options).size).toBe(options.length);
    for (const o of options) expect(o).toMatch(shape);
    for (const o of must) expect(options).toContain(o);
    for (const o of never) expect(options).not.toContain(o);
  });

  it('a sum written in words gives its own figure, not its value in units ("2 billion", never "2,000,000,000 billion")', () => {
    const analysis = analysisOf(
      'The economy overshot a target deficit of 47 billion forints. The government had planned a deficit of two billion forints in 1986.',
    );
    const { number, sentence } = numberIn(analysis, '47 billion');
    const options = numberOptions(analysis, number, '47 billion', sentence) ?? [];
    expect(options).toContain('2 billion');
    for (const o of options) expect(o).toMatch(/^\d{1,3}(?:\.\d)? billion$/);
  });

  it('a share is never offered above 100%', () => {
    const analysis = analysisOf(
      'The G7 agreed to cancel 100% of the debts owed by the poorest countries.',
    );
    const { number, sentence } = numberIn(analysis, '100%');
    const options = numberOptions(analysis, number, '100%', sentence) ?? [];
    for (const o of options) expect(Number(o.replace('%', ''))).toBeLessThanOrEqual(100);
    expect(options.length).toBeGreaterThanOrEqual(2);
  });

  it('a part is never offered as the whole (50% never becomes 100%)', () => {
    const analysis = analysisOf(
      'The G7 agreed to cancel 50% of the debts owed by the poorest countries.',
    );
    const { number, sentence } = numberIn(analysis, '50%');
    const options = numberOptions(analysis, number, '50%', sentence) ?? [];
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) expect(Number(o.replace('%', ''))).toBeLessThan(100);
  });

  it('a number word: options are number words', () => {
    const analysis = analysisOf('New York City consists of five boroughs.');
    const { number, sentence } = numberIn(analysis, 'five');
    const options = numberOptions(analysis, number, 'five', sentence)!;
    expect([...options].sort()).toEqual(['four', 'seven', 'six']);
  });
});

describe('formatDate: a date written the way the key is', () => {
  it.each<[string, number, DateSpan['granularity'], string, string, number?]>([
    ['day, day-month-year', dayNumber(2017, 4, 23), 'day', '2 May 2017', '23 April 2017'],
    ['day, month-day-year', dayNumber(2017, 4, 23), 'day', 'May 2, 2017', 'April 23, 2017'],
    ['month', dayNumber(2017, 4, 1), 'month', 'May 2018', 'April 2017'],
    ['year', dayNumber(1898, 1, 1), 'year', '1904', '1898'],
    ['decade with "the"', dayNumber(2013, 1, 1), 'decade', 'the 1990s', 'the 2010s'],
    ['decade without', dayNumber(2013, 1, 1), 'decade', '1990s', '2010s'],
    [
      'century: 1066 is in the 11th',
      dayNumber(1066, 1, 1),
      'century',
      'the 10th century',
      'the 11th century',
    ],
    [
      'century: 1901 is in the 20th',
      dayNumber(1901, 1, 1),
      'century',
      'the 10th century',
      'the 20th century',
    ],
    [
      'century: 2001 is in the 21st',
      dayNumber(2001, 1, 1),
      'century',
      'the 10th century',
      'the 21st century',
    ],
    [
      'century: 1200 is in the 12th',
      dayNumber(1200, 1, 1),
      'century',
      'the 10th century',
      'the 12th century',
    ],
    [
      'years, with the key’s own words between',
      dayNumber(1939, 1, 1),
      'years',
      '1914–1918',
      '1939–1945',
      dayNumber(1945, 12, 31),
    ],
  ])('%s', (_, from, granularity, like, expected, to) => {
    expect(formatDate(from, granularity, like, to)).toBe(expected);
  });
});

describe('reformatNumber: another figure written the same way', () => {
  it.each<[string, number, string]>([
    ['$4.8 billion', 2.4, '$2.4 billion'],
    ['five boroughs', 6, 'six boroughs'],
    ['Five', 4, 'Four'],
    ['69,000', 103500, '103,500'],
    ['13.5 percent', 27, '27.0 percent'],
  ])('%s with %s', (key, value, expected) => {
    expect(reformatNumber(key, value)).toBe(expected);
  });

  it('no number word past twenty', () => {
    expect(reformatNumber('twelve', 25)).toBeUndefined();
  });
});

describe('optionsAreWrong: no wrong option is stated in the proving sentences', () => {
  it.each<[string[], boolean]>([
    [['Beijing', 'Seoul'], true],
    [['Beijing', 'Tokyo'], false],
  ])('%j', (options, wrong) => {
    const analysis = analysisOf(CITIES);
    expect(optionsAreWrong(options, analysis.doc.sentences.slice(0, 1))).toBe(wrong);
  });
});
