import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Draft } from './kit';
import { whenForm } from './when';

function analysisOf(title: string, body: string, date?: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount, ...(date ? { date } : {}) });
}

/** The text of the sentence a draft asks about (its last proving sentence). */
function askedSentence(analysis: Analysis, draft: Draft): string {
  return analysis.doc.sentenceById.get(draft.evidence[draft.evidence.length - 1] ?? '')?.text ?? '';
}

const YEAR = /^\d{4}$/;
const LEMKIN = 'Raphael Lemkin coined the word genocide in 1944.';
const IN_FORCE = 'The Genocide Convention entered into force in 1951.';

describe('whenForm: the absolute date of a clause, at the precision it is stated', () => {
  it.each<[string, string, string, string, string, RegExp, string[]]>([
    // [what it shows, title, body, prompt, key, how every option is written, never an option]
    [
      'a year',
      'Genocide',
      `${LEMKIN} ${IN_FORCE}`,
      'In what year did Raphael Lemkin coin the word genocide?',
      '1944',
      YEAR,
      [],
    ],
    [
      'another date of the same sentence is no wrong option',
      'Genocide',
      `${LEMKIN} The United Nations adopted the Genocide Convention in 1948 and ratified it in 1951. The International Criminal Court opened in 2002.`,
      'In what year did the United Nations adopt the Genocide Convention?',
      '1948',
      YEAR,
      ['1951'],
    ],
    [
      'a day written day-month-year: options written the same way',
      'Korea election',
      'Moon Jae-in unveiled his plan on 23 April 2017. Ahn Cheol-soo resigned from the party on 2 May 2017. The election was held on 9 May 2017.',
      'When did Moon Jae-in unveil his plan?',
      '23 April 2017',
      /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
      [],
    ],
    [
      'news: a day written month-day-year: options written the same way',
      'US debt',
      'The Treasury Department sold the bonds on September 25, 2018. The Congressional Budget Office published its forecast on April 9, 2018.',
      'When did the Congressional Budget Office publish its forecast?',
      'April 9, 2018',
      /^[A-Z][a-z]+ \d{1,2}, \d{4}$/,
      [],
    ],
    [
      'a month and year',
      'Korea politics',
      'Ahn Cheol-soo resigned from his party in March 2018. Hong Joon-pyo stepped down as party leader in June 2018. Moon Jae-in was elected in May 2017.',
      'In which month did Hong Joon-pyo step down as party leader?',
      'June 2018',
      /^[A-Z][a-z]+ \d{4}$/,
      [],
    ],
    [
      'encyclopedia: a century',
      'Normandy',
      'The Normans adopted the Catholic religion in the 10th century. The duchy was annexed by France in the 13th century.',
      'In which century did the Normans adopt the Catholic religion?',
      'the 10th century',
      /^the \d+(?:st|nd|rd|th) century$/,
      [],
    ],
    [
      'a decade',
      'Zimbabwe',
      'Grace Mugabe started an affair with Robert Mugabe in the 1990s. Mugabe won the disputed election in the 2000s. The economy collapsed in the 1980s.',
      'In which decade did Grace Mugabe start an affair with Robert Mugabe?',
      'the 1990s',
      /^the \d{3}0s$/,
      [],
    ],
    [
      'a year that modifies a noun leaves the stem alone, and the phrase stays',
      'Tennis',
      `Serena Williams won her fourth grand slam title at the 2003 Australian Open. ${LEMKIN}`,
      'In what year did Serena Williams win her fourth grand slam title at the Australian Open?',
      '2003',
      YEAR,
      [],
    ],
  ])('%s', (_, title, body, prompt, key, shape, never) => {
    const analysis = analysisOf(title, body);
    const drafts = whenForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    expect(key).toMatch(shape);
    const distractors = draft!.distractors ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(distractors).size).toBe(distractors.length);
    for (const d of distractors) {
      expect(d).toMatch(shape);
      expect(d).not.toBe(key);
    }
    for (const d of never) expect(distractors).not.toContain(d);
    expect(askedSentence(analysis, draft!)).toContain(key);
    // The stem never shows a date.
    expect(prompt).not.toMatch(/\d/);
  });

  it.each<[string, string, string, string, string?]>([
    // [why not, title, body, the sentence never asked, the article's date]; each article also asks about Lemkin or the bonds.
    [
      'relative time: "on Friday"',
      'Genocide',
      `${LEMKIN} The International Criminal Court opened its doors on Friday. ${IN_FORCE}`,
      'The International Criminal Court opened its doors on Friday.',
    ],
    [
      'relative time: "last year"',
      'Genocide',
      `${LEMKIN} The International Criminal Court opened its new building last year. ${IN_FORCE}`,
      'The International Criminal Court opened its new building last year.',
    ],
    [
      'relative time resolved against the article date is still relative: "yesterday"',
      'Korea election',
      `${LEMKIN} Ahn Cheol-soo resigned from his party yesterday. ${IN_FORCE}`,
      'Ahn Cheol-soo resigned from his party yesterday.',
      '2017-05-10',
    ],
    [
      'the date of an event a bound names: "until her death in 1951"',
      'Genocide',
      `${LEMKIN} Lemkin continued to campaign for the treaty until his death in 1959. ${IN_FORCE}`,
      'Lemkin continued to campaign for the treaty until his death in 1959.',
    ],
    [
      'a year inside a name: "the Investment Company Act of 1940"',
      'Genocide',
      `${LEMKIN} Investment companies are subject to special regulation under the Investment Company Act of 1940. ${IN_FORCE}`,
      'Investment companies are subject to special regulation under the Investment Company Act of 1940.',
    ],
    [
      'a bound, not the time of the event: "until"',
      'Genocide',
      `${LEMKIN} The Soviet Union blocked the treaty until 1949. ${IN_FORCE}`,
      'The Soviet Union blocked the treaty until 1949.',
    ],
    [
      'a bound, not the time of the event: "until at least"',
      'Genocide',
      `${LEMKIN} Europeans will have to wait until at least 2006 for the treaty. ${IN_FORCE}`,
      'Europeans will have to wait until at least 2006 for the treaty.',
    ],
    [
      '"the early 1990s" is of no one precision',
      'Genocide',
      `${LEMKIN} Human rights groups grew in the early 1990s. ${IN_FORCE}`,
      'Human rights groups grew in the early 1990s.',
    ],
    [
      'a negated verb',
      'Genocide',
      `${LEMKIN} The United States did not ratify the Genocide Convention in 1948. ${IN_FORCE}`,
      'The United States did not ratify the Genocide Convention in 1948.',
    ],
    [
      'a modal guess: "would"',
      'Genocide',
      `${LEMKIN} The United States would ratify the Genocide Convention in 1988. ${IN_FORCE}`,
      'The United States would ratify the Genocide Convention in 1988.',
    ],
    [
      'an unresolved "it"',
      'Genocide',
      `${LEMKIN} It entered into force in 1951. The International Criminal Court opened in 2002.`,
      'It entered into force in 1951.',
    ],
    [
      'a clock time before a time zone: "at 2010 GMT" is no year',
      'Genocide',
      `${LEMKIN} The Genocide Convention debate was shown on BBC One at 2010 GMT. ${IN_FORCE}`,
      'The Genocide Convention debate was shown on BBC One at 2010 GMT.',
    ],
  ])('not asked: %s', (_, title, body, refused, date) => {
    const analysis = analysisOf(title, body, date);
    const drafts = whenForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain(
      'In what year did Raphael Lemkin coin the word genocide?',
    );
    expect(drafts.filter((d) => askedSentence(analysis, d) === refused)).toEqual([]);
  });

  it('offers only later years for a plan or forecast ("due to appear in 2006")', () => {
    const analysis = analysisOf(
      'Browsers',
      `${LEMKIN} Microsoft released Windows 95 in 1995. The next version of Windows, Longhorn, is due to appear in 2006. Firefox was first released in 2004.`,
    );
    const draft = whenForm
      .make(analysis)
      .find((d) => d.prompt === 'In what year is Longhorn due to appear?');
    expect(draft?.key).toBe('2006');
    expect(draft!.distractors!.length).toBeGreaterThanOrEqual(2);
    for (const d of draft!.distractors!) expect(Number(d)).toBeGreaterThan(2006);
  });

  it('dates a clause by no date of a relative clause between its subject and its verb', () => {
    const drafts = whenForm.make(
      analysisOf(
        'Tennis',
        `${LEMKIN} Serena Williams, who won the title at the 2003 Australian Open, was drawn in the bottom quarter. ${IN_FORCE}`,
      ),
    );
    const asked = drafts.map((d) => d.prompt);
    expect(asked).toContain(
      'In what year did Serena Williams win the title at the Australian Open?',
    );
    expect(asked.filter((p) => p.includes('drawn'))).toEqual([]);
  });
});
