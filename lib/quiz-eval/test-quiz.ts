import type { QuizInput, QuestionInput } from './bank';
import { segmentArticle } from '@/lib/text/article';

/**
 * Hand-made quizzes for the evaluation's tests: a short real-looking article, and question makers
 * whose evidence cites the sentence of that article containing a fragment.
 */
export const ARTICLE = [
  'Eval Test',
  'Ahn Cheol-soo of the People’s Party suggested a referendum concerning THAAD deployment. He advised that Seoul should not choose between Beijing and Washington.',
  'Moon Jae-in said on 24 January 2017 that South Korea should seek balance between the United States and China.',
  'Park Geun-hye of the Saenuri Party backed the THAAD system. Roh Moo-hyun became president in 2003.',
  'The National Assembly has 300 seats.',
].join('\n\n');

const segmented = segmentArticle(ARTICLE);

type Evidence = QuestionInput['evidence'][number];

/** Evidence citing the whole sentence that contains `fragment`. */
export function cite(fragment: string): Evidence {
  for (const passage of segmented.passages) {
    const sentence = passage.sentences.find((s) => s.text.includes(fragment));
    if (sentence) {
      return {
        passageId: passage.id,
        sentenceId: sentence.id,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
      };
    }
  }
  throw new Error(`no sentence contains "${fragment}"`);
}

let counter = 0;
const nextId = () => `q-${++counter}`;

/** A single-choice question of `type` whose key is `answer`, citing the sentence with `fragment`. */
export function choice(
  type: Exclude<QuestionInput['type'], 'fill-in' | 'timeline' | 'matching' | 'true-false'>,
  choices: string[],
  answer: string,
  fragment = 'Ahn Cheol-soo',
): QuestionInput {
  return {
    id: nextId(),
    type,
    prompt: `A ${type} question?`,
    choices,
    answer,
    explanation: 'Because.',
    evidence: [cite(fragment)],
  };
}

/** A who question that passes every gate of quiz:check; tests spread it and break one thing. */
export const GOOD_WHO: QuestionInput = {
  ...choice(
    'who',
    ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye'],
    'Ahn Cheol-soo',
    'suggested a referendum',
  ),
  prompt: 'Who suggested a referendum concerning THAAD deployment?',
};

export function trueFalse(answer: 'True' | 'False', fragment = 'Moon Jae-in'): QuestionInput {
  return {
    id: nextId(),
    type: 'true-false',
    prompt: 'True or false: a statement.',
    choices: ['True', 'False'],
    answer,
    explanation: 'Because.',
    evidence: [cite(fragment)],
  };
}

export function fillIn(
  answer: string,
  acceptedAnswers: string[] = [],
  fragment = 'Ahn Cheol-soo',
): QuestionInput {
  return {
    id: nextId(),
    type: 'fill-in',
    prompt: 'Fill in: _____.',
    answer,
    acceptedAnswers,
    explanation: 'Because.',
    evidence: [cite(fragment)],
  };
}

export function timeline(items: string[], fragment = 'Roh Moo-hyun'): QuestionInput {
  return {
    id: nextId(),
    type: 'timeline',
    prompt: 'Put these events in order.',
    items,
    answer: items,
    explanation: 'Because.',
    evidence: [cite(fragment)],
  };
}

/** A version-1 style quiz (no ranks, no defaultCount) over ARTICLE; spread it to add either. */
export function quizOf(questions: QuestionInput[], wordCount = segmented.wordCount): QuizInput {
  return {
    schemaVersion: 1,
    engineVersion: 'test',
    seed: 1,
    article: { slug: 'eval-test', title: segmented.title ?? 'Eval Test', wordCount },
    passages: segmented.passages.map(({ id, kind, number, text, sentences }) => ({
      id,
      kind,
      number,
      text,
      sentences: sentences.map(({ id: sid, start, end }) => ({ id: sid, start, end })),
    })),
    questions,
  };
}
