import type { Question, Quiz } from '@/lib/quiz-engine/schema';

/**
 * Live sessions ask only single-answer questions with a fixed set of options: a class distribution
 * ("12 chose B") needs discrete options. Fill-in, timeline and matching stay in print and present modes.
 */
export const LIVE_QUESTION_TYPES = [
  'who',
  'quote',
  'when',
  'acronym',
  'evidence',
  'true-false',
] as const;

export type LiveQuestion = Extract<Question, { type: (typeof LIVE_QUESTION_TYPES)[number] }>;

export function isLiveQuestion(question: Question): question is LiveQuestion {
  return (LIVE_QUESTION_TYPES as readonly string[]).includes(question.type);
}

export function liveQuestions(quiz: Quiz): LiveQuestion[] {
  return quiz.questions.filter(isLiveQuestion);
}

/** What a student may see before the reveal. Built field by field so a new key field can never leak. */
export interface PublicQuestion {
  id: string;
  type: LiveQuestion['type'];
  prompt: string;
  choices: string[];
}

export function publicQuestion(question: LiveQuestion): PublicQuestion {
  return {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    choices: [...question.choices],
  };
}

export interface EvidenceLink {
  quote: string;
  /** ¶ number of the paragraph, null for a heading. */
  paragraph: number | null;
  sentenceId: string;
  /** Opens the article on the sentence (the article page highlights it and offers a way back). */
  href: string;
}

export interface RevealedQuestion extends PublicQuestion {
  answer: string;
  explanation: string;
  evidence: EvidenceLink[];
}

export function evidenceLinks(quiz: Quiz, question: Question, returnPath: string): EvidenceLink[] {
  const numbers = new Map(quiz.passages.map((passage) => [passage.id, passage.number]));
  return question.evidence.map((evidence) => ({
    quote: evidence.quote,
    paragraph: numbers.get(evidence.passageId) ?? null,
    sentenceId: evidence.sentenceId,
    href: `/articles/${quiz.article.slug}?from=${encodeURIComponent(returnPath)}#${evidence.sentenceId}`,
  }));
}

export function revealedQuestion(
  quiz: Quiz,
  question: LiveQuestion,
  returnPath: string,
): RevealedQuestion {
  return {
    ...publicQuestion(question),
    answer: question.answer,
    explanation: question.explanation,
    evidence: evidenceLinks(quiz, question, returnPath),
  };
}
