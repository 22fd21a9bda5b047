import { describe, expect, it } from 'vitest';
import { contentWords, type Candidate } from './kit';
import { writtenForms } from './generators/when';
import { givesAway, selectQuestions, targetCount } from './select';

function candidate(partial: Partial<Candidate> & { prompt: string; answer: string }): Candidate {
  const { prompt, answer, ...rest } = partial;
  return {
    type: 'who',
    question: {
      id: `q-${prompt}`,
      type: 'who',
      prompt,
      choices: [answer, 'B', 'C'],
      answer,
      explanation: 'x',
      evidence: [{ passageId: 'p', sentenceId: 's1', start: 0, end: 1, quote: 'x' }],
    },
    idParts: [prompt],
    keys: [answer],
    visible: prompt,
    sentenceIds: ['s1'],
    shownSentenceIds: ['s1'],
    paragraphs: [1],
    score: 3,
    entityIds: [`person:${answer}`],
    dedupeKey: prompt,
    cue: contentWords(prompt),
    ...rest,
  };
}

const who = candidate({
  prompt: 'Who suggested a referendum concerning THAAD deployment?',
  answer: 'Ahn Cheol-soo',
  score: 5,
});
const fillIn = candidate({
  type: 'fill-in',
  prompt:
    'Fill in the missing name: Ahn Cheol-soo called for parliamentary approval and also suggested a _____ concerning THAAD deployment.',
  answer: 'referendum',
  entityIds: ['other:referendum'],
  score: 4,
});
const otherFact = candidate({
  type: 'true-false',
  prompt: 'According to the article, Ahn Cheol-soo called for parliamentary approval.',
  answer: 'True',
  keys: ['called'],
  cue: contentWords('called for parliamentary approval'),
  score: 2,
});

const whenReverted = candidate({
  type: 'when',
  prompt: 'When did the Star revert to its previous format?',
  answer: '1 January 2009',
  keys: ['1 January 2009', ...writtenForms('1 January 2009')],
  entityIds: ['date:1 January 2009'],
});
const showsReverted = candidate({
  type: 'evidence',
  prompt: 'Which sentence best supports …?',
  answer: 'x',
  visible: 'However, on January 1, 2009, The Star reverted to its previous format.',
  keys: [],
});

describe('givesAway', () => {
  it.each([
    ['a sentence writing the when-question’s day another way', showsReverted, whenReverted, true],
    ['a fill-in whose stem names the actor the who-question asks for', fillIn, who, true],
    ['a statement naming the actor but about another claim', otherFact, who, false],
    ['a question about another sentence', { ...fillIn, shownSentenceIds: ['s9'] }, who, false],
  ])('%s', (_name, q, p, expected) => {
    expect(givesAway(q, p)).toBe(expected);
  });
});

describe('selectQuestions', () => {
  it('keeps only one of two questions that give each other away, preferring the better', () => {
    const kept = selectQuestions([fillIn, who, otherFact], 10, 1);
    expect(kept).toContain(who);
    expect(kept).not.toContain(fillIn);
    expect(kept).toContain(otherFact);
  });

  it('drops exact duplicates', () => {
    expect(
      selectQuestions([who, { ...who, question: { ...who.question, id: 'q-other' } }], 10, 1),
    ).toHaveLength(1);
  });

  it('respects the target', () => {
    expect(selectQuestions([who, otherFact], 1, 1)).toHaveLength(1);
  });
});

describe('selectQuestions coverage pass', () => {
  const onLee = candidate({
    prompt: 'Who opposed the carbon tax?',
    answer: 'Lee Min-ho',
    sentenceIds: ['s2'],
    shownSentenceIds: ['s2'],
    score: 1,
  });
  const onAhn = candidate({
    prompt: 'Who founded the People’s Party?',
    answer: 'Ahn Cheol-soo',
    score: 4,
  });

  it('adds a question for an entity no kept question answers, up to the ceiling', () => {
    expect(selectQuestions([onAhn, onLee], 1, 1)).toEqual([onAhn]);
    expect(selectQuestions([onAhn, onLee], 1, 1, undefined, 2)).toEqual([onAhn, onLee]);
  });

  it('never adds one that a kept question gives away', () => {
    // The fill-in shows the claim and the actor the who-question asks for.
    const leaky = {
      ...fillIn,
      entityIds: ['organization:Climate Party'],
      score: 0.5,
    };
    expect(selectQuestions([who, leaky], 1, 1, undefined, 5)).toEqual([who]);
  });
});

describe('targetCount', () => {
  it.each([
    [1049, undefined, 42],
    [17_345, undefined, 694],
    [1049, 10, 10],
    [10, undefined, 1],
  ])('%i words, max %s → %i', (words, max, expected) => {
    expect(targetCount(words, max)).toBe(expected);
  });
});
