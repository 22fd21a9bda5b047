import type { Evidence, Question, Quiz } from '@/lib/quiz-engine/schema';
import { segmentArticle } from '@/lib/text/article';

/** A small real-looking article and helpers to hand-make quizzes about it, for the checks' tests. */
export const ARTICLE_TEXT = [
  'Korea Test',
  'Ahn Cheol-soo of the People’s Party called for parliamentary approval and also suggested a referendum concerning THAAD deployment. He advised that Seoul should not choose between Beijing and Washington.',
  'Moon Jae-in said on 24 January 2017 that South Korea should seek balance between the United States and China. "We need to advance the alliance with the US," he said.',
  'Defence Policy',
  'Park Geun-hye of the Saenuri Party backed the Terminal High Altitude Area Defense (THAAD) system. Moon Jae-in opposed sanctions in 2015. Roh Moo-hyun became president in 2003.',
].join('\n\n');

const segmented = segmentArticle(ARTICLE_TEXT);

export const PARAGRAPHS = segmented.passages
  .filter((p) => p.kind === 'paragraph')
  .map((p) => p.text);

/** Evidence citing the whole sentence (or heading) that contains `fragment`. */
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

export function quizOf(questions: Question[]): Quiz {
  return {
    schemaVersion: 2,
    engineVersion: 'test',
    seed: 1,
    article: {
      slug: 'korea-test',
      title: segmented.title ?? 'Korea Test',
      wordCount: segmented.wordCount,
    },
    passages: segmented.passages.map(({ id, kind, number, text, sentences }) => ({
      id,
      kind,
      number,
      text,
      sentences: sentences.map(({ id: sid, start, end }) => ({ id: sid, start, end })),
    })),
    // Ranked in the order given, all of them the default quiz, as a v1 quiz reads.
    questions: questions.map((question, index) => ({ ...question, rank: index + 1 })),
    defaultCount: questions.length,
  };
}

/** A question that passes every gate; tests spread it and break one thing. */
export const GOOD_WHO: Extract<Question, { type: 'who' }> = {
  id: 'q-who',
  rank: 1,
  type: 'who',
  prompt: 'Who suggested a referendum concerning THAAD deployment?',
  choices: ['Moon Jae-in', 'Ahn Cheol-soo', 'Park Geun-hye'],
  answer: 'Ahn Cheol-soo',
  explanation: 'Ahn Cheol-soo suggested a referendum.',
  evidence: [cite('suggested a referendum')],
};
