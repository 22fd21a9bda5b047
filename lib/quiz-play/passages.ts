import type { QuizPassage } from '@/lib/quiz-engine/schema';
import type { Passage } from '@/lib/text/article';

/** A quiz's passages as the article page renders them: each sentence's text cut from its passage. */
export function passagesWithText(passages: readonly QuizPassage[]): Passage[] {
  return passages.map((passage) => ({
    ...passage,
    sentences: passage.sentences.map((sentence) => ({
      ...sentence,
      text: passage.text.slice(sentence.start, sentence.end),
    })),
  }));
}
