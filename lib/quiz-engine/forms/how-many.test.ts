import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { howManyForm } from './how-many';
import type { Draft } from './kit';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

/** The text of the sentence a draft asks about (its last proving sentence). */
function askedSentence(analysis: Analysis, draft: Draft): string {
  return analysis.doc.sentenceById.get(draft.evidence[draft.evidence.length - 1] ?? '')?.text ?? '';
}

const SOLDIERS = 'The Chinese government sent 130,000 soldiers to the region.';
const KILLED = 'About 69,000 people were killed in the earthquake.';
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const BILLIONS = /^\$\d+ billion$/;
const WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

describe('howManyForm: a count with its unit, or a sum of money, a clause states', () => {
  it.each<[string, string, string, string, string, RegExp, string[], string[]]>([
    // [what it shows, title, body, prompt, key, how every option is written, must be options, never options]
    [
      'a count heading the subject; the hedge stays out of the stem',
      'Sichuan earthquake',
      `${SOLDIERS} ${KILLED} The Red Cross delivered 20,000 tents to Chengdu.`,
      'How many people were killed in the earthquake?',
      '69,000',
      GROUPED,
      [],
      ['130,000', '20,000'],
    ],
    [
      'a count the verb takes; a figure of another unit is no option',
      'Sichuan earthquake',
      `${SOLDIERS} ${KILLED} The Red Cross delivered 20,000 tents to Chengdu.`,
      'How many soldiers did the Chinese government send to the region?',
      '130,000',
      GROUPED,
      [],
      ['69,000', '20,000'],
    ],
    [
      'news: a sum of money, options in the same unit',
      'US debt',
      'The federal government spent $263 billion on interest in 2017. The Pentagon received $590 billion in 2018. Interest costs will reach $390 billion next year.',
      'How much did the federal government spend on interest in 2017?',
      '$263 billion',
      BILLIONS,
      [],
      [],
    ],
    [
      'money after "expected to total"',
      'US debt',
      'The Treasury Department sold $4.8 billion in bonds in 2017. The Pentagon received $590 billion in 2018. The federal budget deficit is expected to total $1 trillion in 2020.',
      'How much is the federal budget deficit expected to total in 2020?',
      '$1 trillion',
      /^\$\d+ trillion$/,
      [],
      [],
    ],
    [
      'a number word: options are number words too',
      'Korea diplomacy',
      `Seoul sent five envoys to Beijing in 2017. ${SOLDIERS}`,
      'How many envoys did Seoul send to Beijing in 2017?',
      'five',
      WORDS,
      [],
      [],
    ],
    [
      'encyclopedia: the article’s own figure of the same unit is a wrong option',
      'UK',
      'The United Kingdom sends 650 members to the House of Commons. Scotland elects 59 members to the House of Commons.',
      'How many members does the United Kingdom send to the House of Commons?',
      '650',
      /^\d+$/,
      ['59'],
      [],
    ],
    [
      'a small count: options near it',
      'Zimbabwe coup',
      'The army deployed 40 tanks around Harare. Grace Mugabe owns 14 farms in the north.',
      'How many farms does Grace Mugabe own in the north?',
      '14',
      /^\d+$/,
      [],
      ['40'],
    ],
    [
      'a measure of something: "of …" goes with the counted noun',
      'Economy',
      'India has enjoyed three decades of rapid economic growth. Grace Mugabe owns 14 farms in the north.',
      'How many decades of rapid economic growth has India enjoyed?',
      'three',
      WORDS,
      [],
      [],
    ],
  ])('%s', (_, title, body, prompt, key, shape, must, never) => {
    const analysis = analysisOf(title, body);
    const drafts = howManyForm.make(analysis);
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
    for (const d of must) expect(distractors).toContain(d);
    for (const d of never) expect(distractors).not.toContain(d);
    expect(askedSentence(analysis, draft!)).toContain(key);
    expect(prompt).not.toContain(key);
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, the sentence never asked]; each article also asks about the soldiers.
    [
      'a measure ("four years old") asks how old, not how many',
      'Browsers',
      `${SOLDIERS} The current version of Internet Explorer is four years old. ${KILLED}`,
      'The current version of Internet Explorer is four years old.',
    ],
    [
      'a window of time: "the last 12 months"',
      'Browsers',
      `${SOLDIERS} The last 12 months have seen a dramatic growth in almost every threat to home computers. ${KILLED}`,
      'The last 12 months have seen a dramatic growth in almost every threat to home computers.',
    ],
    [
      'a negated verb',
      'Sichuan earthquake',
      `${SOLDIERS} The Red Cross did not deliver 20,000 tents to Chengdu. ${KILLED}`,
      'The Red Cross did not deliver 20,000 tents to Chengdu.',
    ],
    [
      'an unresolved "they"',
      'Sichuan earthquake',
      `${SOLDIERS} They delivered 20,000 tents to Chengdu. ${KILLED}`,
      'They delivered 20,000 tents to Chengdu.',
    ],
    [
      'a modal guess: "would"',
      'Sichuan earthquake',
      `${SOLDIERS} The Red Cross would deliver 20,000 tents to Chengdu. ${KILLED}`,
      'The Red Cross would deliver 20,000 tents to Chengdu.',
    ],
    [
      'relative time: "on Tuesday"',
      'Sichuan earthquake',
      `${SOLDIERS} The Red Cross delivered 20,000 tents to Chengdu on Tuesday. ${KILLED}`,
      'The Red Cross delivered 20,000 tents to Chengdu on Tuesday.',
    ],
    [
      'relative time: "next year"',
      'Sichuan earthquake',
      `${SOLDIERS} Reconstruction costs will reach $390 billion next year. ${KILLED}`,
      'Reconstruction costs will reach $390 billion next year.',
    ],
    [
      'a figure inside a phrase, not what the verb takes',
      'Sichuan earthquake',
      `${SOLDIERS} The Red Cross delivered aid with 2,000 volunteers on board. ${KILLED}`,
      'The Red Cross delivered aid with 2,000 volunteers on board.',
    ],
    [
      '"one" is no count to ask',
      'Sichuan earthquake',
      `${SOLDIERS} The Red Cross delivered one tent to every family in Chengdu. ${KILLED}`,
      'The Red Cross delivered one tent to every family in Chengdu.',
    ],
    [
      'a figure only compared with: "up from"',
      'Sichuan earthquake',
      `${SOLDIERS} The agency's budget rose to $5 billion, up from $3 billion in 2007. ${KILLED}`,
      "The agency's budget rose to $5 billion, up from $3 billion in 2007.",
    ],
    [
      'a bound, not a figure: "more than 20 people"',
      'Sichuan earthquake',
      `${SOLDIERS} More than 20 people died in the aftershock. ${KILLED}`,
      'More than 20 people died in the aftershock.',
    ],
    [
      'a list of counts',
      'Sichuan earthquake',
      `${SOLDIERS} Five provinces sent 300 doctors and 200 nurses to the region. ${KILLED}`,
      'Five provinces sent 300 doctors and 200 nurses to the region.',
    ],
    [
      'a figure joined to a word ("its 11-day run") modifies a noun, it counts nothing',
      'Sichuan earthquake',
      `${SOLDIERS} The Sundance Film Festival's 11-day run has been dominated by the themes of war and politics. ${KILLED}`,
      "The Sundance Film Festival's 11-day run has been dominated by the themes of war and politics.",
    ],
  ])('not asked: %s', (_, title, body, refused) => {
    const analysis = analysisOf(title, body);
    const drafts = howManyForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain(
      'How many soldiers did the Chinese government send to the region?',
    );
    expect(drafts.filter((d) => askedSentence(analysis, d) === refused)).toEqual([]);
  });
});
