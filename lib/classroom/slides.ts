import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { evidenceLinks, type EvidenceLink } from './live-questions';

/** One projector slide: what the class sees, then (on reveal) the key and the sentence that proves it. */
export interface Slide {
  id: string;
  type: Question['type'];
  prompt: string;
  /** Lettered options (choice and true/false questions; matching positions). */
  choices: string[];
  /** Timeline events as presented, or matching names. */
  items: string[];
  /** The key in words, e.g. "B. Ahn Cheol-soo" or "1. … → 2. …". */
  answer: string;
  explanation: string;
  evidence: EvidenceLink[];
}

const letter = (index: number) => String.fromCharCode(65 + index);

function answerText(question: Question): string {
  switch (question.type) {
    case 'fill-in':
      return question.answer;
    case 'timeline':
      return question.answer.map((item, index) => `${index + 1}. ${item}`).join(' → ');
    case 'matching':
      return question.items
        .map((item, index) => `${item}: ${question.answer[index] ?? ''}`)
        .join(' · ');
    case 'true-false':
      return question.answer;
    default:
      return `${letter(question.choices.indexOf(question.answer))}. ${question.answer}`;
  }
}

/** Every question of the quiz (all types: the projector needs no discrete distribution). */
export function presentSlides(quiz: Quiz, returnPath: string): Slide[] {
  return quiz.questions.map((question) => ({
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    choices: 'choices' in question ? [...question.choices] : [],
    items: 'items' in question ? [...question.items] : [],
    answer: answerText(question),
    explanation: question.explanation,
    evidence: evidenceLinks(quiz, question, returnPath),
  }));
}
