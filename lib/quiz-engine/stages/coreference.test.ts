import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle } from '../analysis';
import { spanText } from '../nlp/spans';

/**
 * Who or what each clause subject stands for once pronouns and "the city" are resolved, keyed
 * `<subject> <verb>` as written ("He vowed"): an entity's name, a topic's words, or null.
 */
function resolved(title: string, body: string): Record<string, string | null> {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  const analysis = analyzeArticle({ slug: 'article', title, passages, wordCount });
  const out: Record<string, string | null> = {};
  for (const clause of analysis.clauses) {
    if (clause.role === 'appositive') continue;
    const key = `${spanText(clause.sentence, clause.subject)} ${clause.verb.text}`;
    const entity = clause.subjectEntity ? analysis.names.byId.get(clause.subjectEntity) : undefined;
    out[key] = entity?.name ?? clause.subjectName ?? null;
  }
  return out;
}

describe('coreference', () => {
  it.each<[string, string, string, Record<string, string | null>]>([
    [
      '"he" after a person named only by a role ("The Tory leader countered … He declared") is no one named',
      'Commons clash',
      'Mr Blair directly denied that quote on Wednesday. He again insisted there could be no deals.\n\nThe Tory leader countered that such agreements had been struck twice. He declared that the prime minister was weak.',
      {
        'He again insisted': 'Blair',
        'The Tory leader countered': null,
        'He declared': null,
      },
    ],
    [
      '"he" after the one person named',
      'Obama interview',
      'President Barack Obama has admitted that gun laws are his biggest frustration. He vowed to keep trying.',
      { 'He vowed': 'Barack Obama' },
    ],
    [
      '"he" in the next paragraph',
      'Genocide',
      'Raphael Lemkin coined the word genocide in 1944.\n\nHe campaigned for international laws defining and forbidding genocides.',
      { 'Raphael Lemkin coined': 'Raphael Lemkin', 'He campaigned': 'Raphael Lemkin' },
    ],
    [
      '"he" in a clause the same person governs',
      'Korea talks',
      'Moon Jae-in said he would attend the summit.',
      { 'Moon Jae-in said': 'Moon Jae-in', 'he would attend': 'Moon Jae-in' },
    ],
    [
      '"she" after a woman named by her first name',
      'Zimbabwe coup',
      'Grace Mugabe is unpopular. She enjoyed a meteoric rise through the ranks of the party.',
      { 'She enjoyed': 'Grace Mugabe' },
    ],
    [
      '"she" after a woman, past a man named earlier',
      'Data retention',
      'Malcolm Turnbull met Justin Bassi. Julie Bishop arrived later. She said the bill was flawed.',
      { 'She said': 'Julie Bishop' },
    ],
    [
      '"he" after "X called him …": him is someone else in focus, so "he" could be either',
      'Callaghan',
      'Jim Callaghan died in 2005. Prime Minister Tony Blair called him a giant of the Labour movement. He became Lord Callaghan of Cardiff in 1987.',
      {
        'Jim Callaghan died': 'Jim Callaghan',
        'Prime Minister Tony Blair called': 'Tony Blair',
        'He became': null,
      },
    ],
    [
      '"she" cannot be a man',
      'Zimbabwe coup',
      'Robert Mugabe met reporters in Harare. She said nothing.',
      { 'Robert Mugabe met': 'Robert Mugabe', 'She said': null },
    ],
    [
      '"he" after two people in the same sentence could be either',
      'Zimbabwe coup',
      'Zimbabwe President Robert Mugabe is under house arrest.\n\nMr Mugabe told President Jacob Zuma that he was confined to his home.',
      { 'Mr Mugabe told': 'Robert Mugabe', 'he was confined': null },
    ],
    [
      '"he" after a sentence naming two people',
      'Zimbabwe coup',
      'Zimbabwe President Robert Mugabe is under house arrest.\n\nSouth Africa said Mr Mugabe had told President Jacob Zuma by telephone that he was confined. He was otherwise fine.',
      { 'he was confined': null, 'He was': null },
    ],
    [
      '"he" too far from the person',
      'Obama speaks',
      'Barack Obama spoke in Nairobi. Reporters wrote long stories. Analysts waited for the results. He left on Sunday.',
      { 'He left': null },
    ],
    [
      '"the party" is the party just named',
      'Korean politics',
      'The Democratic Party of Korea nominated Moon Jae-in. The party won the election in May.',
      { 'The party won': 'Democratic Party of Korea' },
    ],
    [
      '"the company" is the company just named',
      'Yahoo results',
      'Yahoo Inc. reported a loss in the third quarter. The company blamed weak advertising.',
      { 'The company blamed': 'Yahoo Inc' },
    ],
    [
      '"it" is the organisation the sentence before was about',
      'Senate of Pakistan',
      'The Senate of Pakistan is the upper legislative chamber. It has several exclusive powers.',
      { 'It has': 'Senate of Pakistan' },
    ],
    [
      '"it" and "the earthquake" are the topic of a noun-phrase title',
      '2008 Sichuan earthquake',
      'The quake struck Sichuan province on May 12. It is the 21st deadliest earthquake of all time.\n\nThe earthquake left about 4.8 million people homeless.',
      {
        'It is': 'the 2008 Sichuan earthquake',
        'The earthquake left': 'the 2008 Sichuan earthquake',
      },
    ],
    [
      '"the deal" is not a short headline that is a sentence ("UK bank seals South Korean deal")',
      'UK bank seals South Korean deal',
      'Standard Chartered has agreed to buy Korea First Bank. The deal is expected to be completed by April 2005.',
      { 'The deal is expected': null },
    ],
    [
      '"it" is not the topic of a title that is a sentence',
      'Obama admits US gun laws are his biggest frustration',
      'Congress rejected the measure again. It is distressing, aides say.',
      { 'It is': null },
    ],
    [
      'a first-person narrator is the author',
      'Facebook is tracking me',
      "I don't use Facebook. I have accounts on hundreds of services. I publish much of my own work on the open web.",
      {
        "I don't use": 'the author',
        'I have': 'the author',
        'I publish': 'the author',
      },
    ],
    [
      'an "I" in a paragraph with quotation marks is a speaker, not the author',
      'Vanity Fair',
      'I don\'t use Facebook. I have accounts on hundreds of services. I publish much of my own work on the open web.\n\n"This was, for me, about the film. "I love the luminosity that pregnancy brings," she said.',
      {
        "I don't use": 'the author',
        'I love': null,
      },
    ],
    [
      'one "I" does not make a narrator',
      'Genocide',
      'I think the court was right. The ruling was careful.',
      { 'I think': null },
    ],
  ])('%s', (_, title, body, expected) => {
    expect(resolved(title, body)).toMatchObject(expected);
  });
});
