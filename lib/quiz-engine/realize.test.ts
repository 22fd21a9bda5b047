import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle } from './analysis';
import type { Sentence, TokenRange } from './nlp/document';
import {
  invertedQuestion,
  lowerFirst,
  statement,
  subjectQuestion,
  subjectText,
  textWithout,
} from './realize';
import type { Clause } from './stages/clauses';

/** The clause of an article whose verb group is written `verb`, with how its subject reads in a question. */
function clauseOf(body: string, verb: string): { clause: Clause; subject: string } {
  const title = 'Article';
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  const analysis = analyzeArticle({ slug: 'article', title, passages, wordCount });
  const clause = analysis.clauses.find((c) => c.verb.text === verb);
  expect(clause, `a clause with the verb "${verb}"`).toBeDefined();
  const entity = clause!.subjectEntity ? analysis.names.byId.get(clause!.subjectEntity) : undefined;
  return { clause: clause!, subject: subjectText(clause!, entity, analysis.names.capitalized) };
}

/** The token range of the first occurrence of `phrase` (whole words) in a sentence. */
function rangeOf(sentence: Sentence, phrase: string): TokenRange {
  const words = phrase.split(' ');
  const t = sentence.tokens;
  const start = t.findIndex((_, i) => words.every((w, k) => t[i + k]?.text === w));
  expect(start, `"${phrase}" in "${sentence.text}"`).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length };
}

/** What a question keeps of the predicate once the asked-for phrases are taken out. */
function restOf(
  clause: Clause,
  drop: readonly string[],
  rewrite?: (word: string) => string | undefined,
) {
  const ranges = drop.map((phrase) => rangeOf(clause.sentence, phrase));
  return textWithout(clause.sentence, clause.predicate, ranges, rewrite);
}

describe('invertedQuestion: a question about something other than the subject', () => {
  it.each<[string, string, string, string[], string]>([
    // do-support: a simple past or present verb takes "did"/"does"/"do" and its infinitive.
    [
      'The Normans adopted the Catholic religion in the 10th century.',
      'adopted',
      'In which century',
      ['in the 10th century'],
      'In which century did the Normans adopt the Catholic religion?',
    ],
    [
      'The Normans adopted the Catholic religion in the 10th century.',
      'adopted',
      'Which religion',
      ['the Catholic religion'],
      'Which religion did the Normans adopt in the 10th century?',
    ],
    [
      'Giovanni da Verrazzano sailed his ship La Dauphine into New York Harbor in 1524.',
      'sailed',
      'Where',
      ['into New York Harbor'],
      'Where did Giovanni da Verrazzano sail his ship La Dauphine in 1524?',
    ],
    [
      'The Senate meets in the east wing of the Parliament Building.',
      'meets',
      'Where',
      ['in the east wing of the Parliament Building'],
      'Where does the Senate meet?',
    ],
    [
      // "set" after a singular subject is the past: the present would be "sets".
      'Frank Allan Bruvik set up the napster.no website as part of a school project in 2001.',
      'set up',
      'In what year',
      ['in 2001'],
      'In what year did Frank Allan Bruvik set up the napster.no website as part of a school project?',
    ],
    // Inversion: an auxiliary or a copula goes before the subject.
    [
      'New York City was named New Amsterdam in 1626.',
      'was named',
      'What',
      ['New Amsterdam'],
      'What was New York City named in 1626?',
    ],
    [
      'The five boroughs were consolidated into a single city in 1898.',
      'were consolidated',
      'In what year',
      ['in 1898'],
      'In what year were the five boroughs consolidated into a single city?',
    ],
    [
      'New York has been described as the cultural capital of the world.',
      'has been described',
      'How',
      ['as the cultural capital of the world'],
      'How has New York been described?',
    ],
    [
      'Deficit hawks have gone silent in recent months.',
      'have gone',
      'When',
      ['in recent months'],
      'When have deficit hawks gone silent?',
    ],
    [
      'The epicenter was in Wenchuan County.',
      'was',
      'Where',
      ['in Wenchuan County'],
      'Where was the epicenter?',
    ],
    [
      'The Data Retention Bill will be debated in the House of Representatives.',
      'will be debated',
      'Where',
      ['in the House of Representatives'],
      'Where will the Data Retention Bill be debated?',
    ],
    [
      'Rates could overshoot the budget office forecast.',
      'could overshoot',
      'What',
      ['the budget office forecast'],
      'What could rates overshoot?',
    ],
    [
      'The Constitution does not allow for the dissolution of the Senate.',
      'does not allow',
      'What',
      ['the dissolution of the Senate'],
      'What does the Constitution not allow for?',
    ],
  ])('%s → %s', (body, verb, wh, drop, expected) => {
    const { clause, subject } = clauseOf(body, verb);
    expect(invertedQuestion(wh, clause, subject, restOf(clause, drop))).toBe(expected);
  });
});

describe('subjectQuestion: the subject is asked, the verb stays as written', () => {
  it.each<[string, string, string, string]>([
    [
      'Ahn Cheol-soo called for parliamentary approval and also suggested a referendum concerning THAAD deployment.',
      'also suggested',
      'Who',
      'Who suggested a referendum concerning THAAD deployment?',
    ],
    [
      'The UN General Assembly adopted the Convention on the Prevention and Punishment of the Crime of Genocide in 1948.',
      'adopted',
      'Which organization',
      'Which organization adopted the Convention on the Prevention and Punishment of the Crime of Genocide in 1948?',
    ],
    [
      'New York has been described as the cultural capital of the world.',
      'has been described',
      'Which city',
      'Which city has been described as the cultural capital of the world?',
    ],
    [
      'The Senate meets in the east wing of the Parliament Building.',
      'meets',
      'What',
      'What meets in the east wing of the Parliament Building?',
    ],
    [
      'Mr Mugabe is resisting mediation by a Catholic priest.',
      'is resisting',
      'Who',
      'Who is resisting mediation by a Catholic priest?',
    ],
  ])('%s → %s', (body, verb, wh, expected) => {
    const { clause } = clauseOf(body, verb);
    expect(subjectQuestion(wh, clause, restOf(clause, []))).toBe(expected);
  });
});

const THIRD_PERSON: Record<string, string> = { my: 'the author’s', me: 'the author' };

describe('statement: a clause restated on its own', () => {
  it.each<[string, string, string[], string]>([
    [
      "I don't use Facebook. I have accounts on hundreds of services. I publish much of my own work on the open web.",
      'publish',
      [],
      'The author publishes much of the author’s own work on the open web',
    ],
    [
      "I don't use Facebook. I publish my work on the open web. I have accounts on hundreds of services.",
      'have',
      [],
      'The author has accounts on hundreds of services',
    ],
    [
      'The Normans adopted the Catholic religion in the 10th century.',
      'adopted',
      ['in the 10th century'],
      'The Normans adopted the Catholic religion',
    ],
    [
      'Deficit hawks have gone silent in recent months.',
      'have gone',
      [],
      'Deficit hawks have gone silent in recent months',
    ],
  ])('%s [%s]', (body, verb, drop, expected) => {
    const { clause, subject } = clauseOf(body, verb);
    const rewrite = (word: string) => THIRD_PERSON[word.toLowerCase()];
    const rest = restOf(clause, drop, clause.pronoun === 'i' ? rewrite : undefined);
    expect(statement(clause, subject, rest)).toBe(expected);
  });

  it.each<[string, string, string]>([
    [
      'Giovanni da Verrazzano, a Florentine explorer, sailed his ship into New York Harbor.',
      'a Florentine explorer',
      'Giovanni da Verrazzano was a Florentine explorer',
    ],
    [
      'Moon Jae-in, candidate of the Democratic Party of Korea, on 23 April 2017 unveiled his plan.',
      'candidate of the Democratic Party of Korea',
      'Moon Jae-in was the candidate of the Democratic Party of Korea',
    ],
  ])('an appositive reads as "is/was": %s', (body, apposed, expected) => {
    const title = 'Article';
    const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
    const analysis = analyzeArticle({ slug: 'article', title, passages, wordCount });
    const clause = analysis.clauses.find(
      (c) => c.role === 'appositive' && textWithout(c.sentence, c.predicate) === apposed,
    );
    expect(clause).toBeDefined();
    const entity = clause!.subjectEntity
      ? analysis.names.byId.get(clause!.subjectEntity)
      : undefined;
    const subject = subjectText(clause!, entity, analysis.names.capitalized);
    expect(statement(clause!, subject, textWithout(clause!.sentence, clause!.predicate))).toBe(
      expected,
    );
  });
});

describe('lowerFirst: a sentence opening inside another', () => {
  it.each([
    ['The industry grew', 'the industry grew'],
    ['UK video game firms face a testing time', 'UK video game firms face a testing time'],
    ['I think so', 'I think so'],
    ['In 2004 the firm grew', 'in 2004 the firm grew'],
  ])('%s → %s', (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });
});
