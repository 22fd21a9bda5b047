import type { QuestionShape } from '@/lib/quiz-engine/kinds';
import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { byShape } from '@/lib/quiz-play/question-shape';
import { evidenceLinks, type EvidenceLink } from './live-questions';

/** One projector slide: what the class sees, then (on reveal) the key and the sentence that proves it. */
export interface Slide {
  id: string;
  type: Question['type'];
  /** A written answer (fill-in) shows a blank line; the other shapes show their options or items. */
  shape: QuestionShape;
  prompt: string;
  /** Lettered options, as the quiz stores them (choice questions; matching positions). */
  choices: string[];
  /** Timeline events as presented, or matching names. */
  items: string[];
  /** Which of `choices` is the key (choice questions), so the projector can mark it; null otherwise. */
  keyIndex: number | null;
  /** The key in words, e.g. "B. Ahn Cheol-soo", "1. … → 2. …" or (matching) "Ahn → B · China → A". */
  answer: string;
  explanation: string;
  evidence: EvidenceLink[];
}

export const optionLetter = (index: number) => String.fromCharCode(65 + index);

type SlideBody = Pick<Slide, 'shape' | 'choices' | 'items' | 'answer' | 'keyIndex'>;

function slideBody(question: Question): SlideBody {
  return byShape<SlideBody>(question, {
    choice: (choice) => ({
      shape: 'choice',
      choices: [...choice.choices],
      items: [],
      keyIndex: choice.choices.indexOf(choice.answer),
      answer: `${optionLetter(choice.choices.indexOf(choice.answer))}. ${choice.answer}`,
    }),
    typed: (typed) => ({
      shape: 'typed',
      choices: [],
      items: [],
      keyIndex: null,
      answer: typed.answer,
    }),
    order: (timeline) => ({
      shape: 'order',
      choices: [],
      items: [...timeline.items],
      keyIndex: null,
      answer: timeline.answer.map((item, index) => `${index + 1}. ${item}`).join(' → '),
    }),
    match: (matching) => ({
      shape: 'match',
      choices: [...matching.choices],
      items: [...matching.items],
      keyIndex: null,
      // Letters, not the positions again: the class reads them off the options on screen, and the
      // explanation below says the pairs in words.
      answer: matching.items
        .map((item, index) => {
          const letter = optionLetter(matching.choices.indexOf(matching.answer[index] ?? ''));
          return `${item} → ${letter}`;
        })
        .join(' · '),
    }),
  });
}

/**
 * The teacher's chosen questions as slides, in the order given (the quiz's stored order), options as
 * stored: every type, since the projector needs no discrete distribution.
 */
export function presentSlides(
  quiz: Quiz,
  questions: readonly Question[],
  returnPath: string,
  articleHref?: string,
): Slide[] {
  return questions.map((question) => ({
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    ...slideBody(question),
    explanation: question.explanation,
    evidence: evidenceLinks(quiz, question, returnPath, articleHref),
  }));
}

/**
 * Whether a projected question needs the smaller type to stay on one screen: a long prompt, or sentences
 * as options (evidence questions) or long events.
 */
export function isDense(slide: Pick<Slide, 'prompt' | 'choices' | 'items'>): boolean {
  return (
    slide.prompt.length > 110 ||
    slide.choices.some((choice) => choice.length > 80) ||
    slide.items.some((item) => item.length > 80)
  );
}

/**
 * The key as the revealed answer writes it: in full, unless it is a long option the screen already marks
 * in place ("C (marked)").
 */
export function answerLabel(answer: string, keyIndex: number | null): string {
  return keyIndex !== null && keyIndex >= 0 && answer.length > 60
    ? `${optionLetter(keyIndex)} (marked)`
    : answer;
}
