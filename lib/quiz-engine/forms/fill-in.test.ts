import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Entity } from '../stages/names';
import { acceptedFor, fillInForm, numberForms } from './fill-in';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

const blank = (text: string) => `Fill in the blank: ${text}.`;
const SUCCEED = 'Grace Mugabe hoped to succeed Robert Mugabe.';
const RESISTED = 'Robert Mugabe resisted the army.';
const SUCCEED_ASKED = blank('Grace Mugabe hoped to succeed _____');

describe('fillInForm: a key name, figure or date blanked', () => {
  it.each<[string, string, string, string, string, string[]]>([
    // [what it shows, title, body, prompt, key, accepted answers]
    [
      'a year',
      'Korea politics',
      'Moon Jae-in won the election in 2017. Moon Jae-in appointed Lee Nak-yon as prime minister.',
      blank('Moon Jae-in won the election in _____'),
      '2017',
      [],
    ],
    [
      'a year the date reader reads with its "in": the blank is the year alone',
      'Gadgets',
      'Consumer electronics and gadgets had a phenomenal year in 2004, according to figures released by CES organisers the CEA on Tuesday. Grace Mugabe hoped to succeed Robert Mugabe.',
      blank('Consumer electronics and gadgets had a phenomenal year in _____'),
      '2004',
      [],
    ],
    [
      'encyclopedia: a century, with the ways a student would write it',
      'Normandy',
      'The Normans adopted the Catholic religion in the 10th century. The Normans conquered England in the 11th century.',
      blank('The Normans adopted the Catholic religion in _____'),
      'the 10th century',
      ['10th century', 'tenth century', '900s'],
    ],
    [
      'news: a percentage',
      'Budget',
      'The deficit reached 13 percent of output in 2009. The Treasury Department sold $4.8 billion in bonds.',
      blank('The deficit reached _____ of output in 2009'),
      '13 percent',
      ['13%', '13', 'thirteen percent'],
    ],
    [
      'a sum of money',
      'Budget',
      'The deficit reached 13 percent of output in 2009. The Treasury Department sold $4.8 billion in bonds.',
      blank('The Treasury Department sold _____ in bonds'),
      '$4.8 billion',
      ['4.8 billion'],
    ],
    [
      'a number word: the digit is accepted',
      'Pakistan',
      'The Senate of Pakistan was created under the 1973 Constitution. The Senate meets in Islamabad. The National Assembly is elected every five years.',
      blank('The National Assembly is elected every _____ years'),
      'five',
      ['5'],
    ],
    [
      'a person: the surname is accepted',
      'Zimbabwe coup',
      `${SUCCEED} ${RESISTED}`,
      SUCCEED_ASKED,
      'Robert Mugabe',
      ['Mugabe'],
    ],
    [
      'an institution named in full: its head word is accepted',
      'Pakistan',
      'The Senate of Pakistan was created under the 1973 Constitution. The Senate meets in Islamabad. The National Assembly is elected every five years.',
      blank('The _____ was created under the 1973 Constitution'),
      'Senate of Pakistan',
      ['Senate'],
    ],
  ])('%s', (_, title, body, prompt, key, accepted) => {
    const analysis = analysisOf(title, body);
    const drafts = fillInForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    expect([...(draft!.accepted ?? [])].sort()).toEqual([...accepted].sort());
    expect(draft!.accepted).not.toContain(key);
    // One blank, and filling it gives back the proving sentence's claim.
    expect(prompt.match(/_____/g)).toHaveLength(1);
    const filled = prompt
      .replace(/^Fill in the blank: /, '')
      .replace('_____', key)
      .replace(/\.$/, '');
    expect(analysis.doc.sentenceById.get(draft!.evidence[0]!)!.text).toContain(filled);
  });

  it.each<[string, string, string, string, string]>([
    // [why not, title, body, the sentence never blanked, a blank the same article does ask]
    [
      'the article’s own topic',
      'Robert Mugabe',
      `${SUCCEED} Robert Mugabe resisted the army in 2017.`,
      SUCCEED,
      blank('Robert Mugabe resisted the army in _____'),
    ],
    [
      'one member of a list',
      'Zimbabwe coup',
      `${SUCCEED} The army placed Robert Mugabe and Grace Mugabe under house arrest. ${RESISTED}`,
      'The army placed Robert Mugabe and Grace Mugabe under house arrest.',
      SUCCEED_ASKED,
    ],
    [
      'a name modifying a noun',
      'Zimbabwe coup',
      `${SUCCEED} The army surrounded the Robert Mugabe residence at night. ${RESISTED}`,
      'The army surrounded the Robert Mugabe residence at night.',
      SUCCEED_ASKED,
    ],
    [
      'a country everybody knows',
      'Zimbabwe coup',
      `${SUCCEED} Robert Mugabe ruled Zimbabwe with an iron fist. Zimbabwe suspended its currency.`,
      'Robert Mugabe ruled Zimbabwe with an iron fist.',
      SUCCEED_ASKED,
    ],
    [
      'a name the article mentions only once',
      'Zimbabwe coup',
      `${SUCCEED} ${RESISTED} The generals met Fidelis Mukonori at the barracks.`,
      'The generals met Fidelis Mukonori at the barracks.',
      SUCCEED_ASKED,
    ],
    [
      'a bare head word: "the Senate"',
      'Pakistan',
      'The Senate of Pakistan was created under the 1973 Constitution. The Senate meets in Islamabad. The National Assembly is elected every five years.',
      'The Senate meets in Islamabad.',
      blank('The _____ was created under the 1973 Constitution'),
    ],
    [
      'a figure only compared with: "up from"',
      'Zimbabwe coup',
      `${SUCCEED} Unemployment rose to 9 percent, up from 6 percent in 2017. ${RESISTED}`,
      'Unemployment rose to 9 percent, up from 6 percent in 2017.',
      SUCCEED_ASKED,
    ],
    [
      'a figure beside another of its unit gives it away',
      'Zimbabwe coup',
      `${SUCCEED} The army cut the number of checkpoints from 22 to 18 checkpoints. ${RESISTED}`,
      'The army cut the number of checkpoints from 22 to 18 checkpoints.',
      SUCCEED_ASKED,
    ],
    [
      'a whole day is rote',
      'Zimbabwe coup',
      `${SUCCEED} The army seized the broadcaster on 15 November 2017. ${RESISTED}`,
      'The army seized the broadcaster on 15 November 2017.',
      SUCCEED_ASKED,
    ],
    [
      'a modal guess with an unresolved "he"',
      'Zimbabwe coup',
      `${SUCCEED} He would resign in 2018. ${RESISTED}`,
      'He would resign in 2018.',
      SUCCEED_ASKED,
    ],
    [
      'an example of a kind: "like …"',
      'Zimbabwe coup',
      `${SUCCEED} ${RESISTED} Leaders like Grace Mugabe opposed the army. Grace Mugabe fled.`,
      'Leaders like Grace Mugabe opposed the army.',
      SUCCEED_ASKED,
    ],
    [
      'relative time: "on Sunday"',
      'Zimbabwe coup',
      `${SUCCEED} The party expelled Robert Mugabe on Sunday. ${RESISTED}`,
      'The party expelled Robert Mugabe on Sunday.',
      SUCCEED_ASKED,
    ],
  ])('not blanked: %s', (_, title, body, refused, control) => {
    const analysis = analysisOf(title, body);
    const drafts = fillInForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain(control);
    const shown = (id: string) => analysis.doc.sentenceById.get(id)?.text;
    expect(drafts.filter((d) => d.evidence.some((id) => shown(id) === refused))).toEqual([]);
  });
});

describe('fillInForm: a title keeps its own "The"', () => {
  it('every fill-in has its blank (an acronym in brackets left out of the clause is none)', () => {
    const drafts = fillInForm.make(
      analysisOf(
        'Genocide',
        'In 1948, the UN General Assembly adopted the Convention on the Prevention and Punishment of the Crime of Genocide (CPPCG) which defined the crime of genocide for the first time. Raphael Lemkin coined the word genocide in 1944.\n\nIn 2007 the European Court of Human Rights noted that "intent to destroy" in the CPPCG meant physical destruction. The CPPCG was signed by 41 states.',
      ),
    );
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.prompt).toContain('_____');
  });

  it('a clause cut before its own verb ("hopeful that the format war, akin to …") is no fill-in', () => {
    const drafts = fillInForm.make(
      analysisOf(
        'DVD',
        'Both Toshiba and Blu-ray are hopeful that the emerging DVD format war, akin to the Betamax and VHS fight in the 1980s, can be resolved over the next year. Tunisia elected Beji Caid Essebsi as president in 2014.',
      ),
    );
    expect(drafts.some((d) => d.prompt.includes('Beji Caid Essebsi'))).toBe(true);
    expect(drafts.filter((d) => d.prompt.includes('format war'))).toEqual([]);
  });

  it('a clause that leans on what came before ("when the scandal broke") is no fill-in', () => {
    const drafts = fillInForm.make(
      analysisOf(
        'China bank',
        "The latest scandal at Bank of China will do nothing to reassure foreign investors that China's big four banks are ready for international listings. Bank of China is one of two frontrunners in the race to list overseas. The other is China Construction Bank. Bank of China is the country's biggest foreign exchange dealer, while China Construction Bank is the largest deposit holder. The most high-profile case involved the ex-president of Bank of China, Wang Xuebing, jailed for 12 years in 2003. Although, he committed the offences whilst running Bank of China in New York, Mr Wang was head of China Construction Bank when the scandal broke. Tunisia elected Beji Caid Essebsi as president in 2014.",
      ),
    );
    expect(drafts.some((d) => d.prompt.includes('Beji Caid Essebsi'))).toBe(true);
    expect(drafts.filter((d) => d.prompt.includes('the scandal broke'))).toEqual([]);
  });

  it('a figure is no blank when it is when in a game something happened, or exact past typing', () => {
    const analysis = analysisOf(
      'Cup final',
      'Chelsea beat Arsenal in the cup final on Saturday. Arsenal took the lead through Thierry Henry. Chelsea equalised after 16 minutes. The survey questioned 22,953 voters across the provinces. Frank Lampard scored after 40 minutes. Robert Mugabe stepped down in 2017.',
    );
    const keys = fillInForm.make(analysis).map((d) => d.key);
    expect(keys).toContain('2017');
    expect(keys.filter((k) => k === '16' || k === '40' || k === '22,953')).toEqual([]);
  });

  it('a count whose members the sentence goes on to name is no blank', () => {
    const drafts = fillInForm.make(
      analysisOf(
        'Montana',
        'Montana has one city, Billings, with a population over 100,000; and two cities with populations over 50,000, Missoula and Great Falls. Tunisia elected Beji Caid Essebsi as president in 2014.',
      ),
    );
    expect(drafts.some((d) => d.prompt.includes('Beji Caid Essebsi'))).toBe(true);
    expect(drafts.filter((d) => d.key === 'two')).toEqual([]);
  });

  it('"The College Dropout" is never blanked as "The _____"', () => {
    const body = `${SUCCEED} ${RESISTED} His solo album The College Dropout became a success. The College Dropout spawned two further hits in Zimbabwe. Critics praised The College Dropout.`;
    const drafts = fillInForm.make(analysisOf('Zimbabwe coup', body));
    expect(drafts.map((d) => d.prompt)).toContain(SUCCEED_ASKED);
    expect(drafts.filter((d) => d.key === 'College Dropout')).toEqual([]);
    // Blanked whole, "College Dropout" is still a right answer.
    const whole = drafts.find((d) => d.key === 'The College Dropout');
    expect(whole?.prompt).toBe(blank('Critics praised _____'));
    expect(whole?.accepted).toContain('College Dropout');
  });
});

describe('fillInForm: an aside is background', () => {
  it('a date in a relative clause set off by a comma is never the blank of the whole sentence', () => {
    const aside =
      'In Bethnal Green, Robert Mugabe is standing against Grace Mugabe, who had a 10,000-vote majority in 2001.';
    const analysis = analysisOf('Zimbabwe coup', `${SUCCEED} ${aside} ${RESISTED}`);
    const drafts = fillInForm.make(analysis);
    const whole = drafts.filter((d) => d.prompt.startsWith('Fill in the blank: In Bethnal Green'));
    expect(whole.map((d) => d.key)).not.toContain('2001');
    // The aside read as its own claim may still be asked.
    expect(drafts.map((d) => d.prompt)).toContain(SUCCEED_ASKED);
  });
});

describe('numberForms: what a student may type for a figure', () => {
  it.each<[string, string[]]>([
    ['five', ['5']],
    ['£7m', ['£7 million', '7 million', '7m']],
    ['twenty-one', ['21']],
    ['21 principals', ['twenty-one principals']],
    ['$10bn', ['$10 billion', '10 billion', '10bn']],
    ['12 members', ['twelve members']],
    ['1,000', ['1000']],
    ['$4.8 billion', ['4.8 billion']],
    ['13 percent', ['13%', '13', 'thirteen percent']],
    ['6.6%', ['6.6']],
  ])('%s', (text, forms) => {
    expect([...numberForms(text)].sort()).toEqual([...forms].sort());
  });
});

describe('acceptedFor: what a student would naturally type', () => {
  const place = (name: string): Entity => ({
    id: `place:${name}`,
    kind: 'place',
    name,
    aliases: [],
    mentions: [],
    definite: false,
    confidence: 2,
  });

  it.each([
    ['Guantanamo Bay', ['Guantanamo']],
    ['Yangtze River', ['Yangtze']],
    // A word of the language is no name on its own.
    ['Red Sea', []],
    ['Mexico City', []],
  ])('%s → %j', (name, accepted) => {
    expect(acceptedFor(place(name), name)).toEqual(accepted);
  });

  it('a person: the full name and the surname, never the given name alone ("Mike" for Leigh)', () => {
    const person: Entity = {
      id: 'person:Mike Leigh',
      kind: 'person',
      name: 'Mike Leigh',
      surname: 'Leigh',
      aliases: ['Leigh', 'Mike'],
      mentions: [],
      definite: false,
      confidence: 2,
    };
    expect(acceptedFor(person, 'Leigh')).toEqual(['Mike Leigh']);
  });
});
