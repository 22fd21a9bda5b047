import { QUESTION_KINDS } from '@/lib/quiz-engine/kinds';
import type { Question, QuestionType, Quiz } from '@/lib/quiz-engine/schema';
import type { SessionRecord } from './store';

type Kinds = typeof QUESTION_KINDS;

/**
 * The types QUESTION_KINDS marks `live`: single-answer questions with a fixed set of options, since a
 * class distribution ("12 chose B") needs discrete options. The others stay in print and present modes.
 */
export type LiveType = {
  [T in QuestionType]: Kinds[T]['live'] extends true ? T : never;
}[QuestionType];

export type LiveQuestion = Extract<Question, { type: LiveType }>;

export function isLiveQuestion(question: Question): question is LiveQuestion {
  return QUESTION_KINDS[question.type].live;
}

/** The questions of `questions` that can be asked live, in their order. */
export function liveQuestions(questions: readonly Question[]): LiveQuestion[] {
  return questions.filter(isLiveQuestion);
}

/** “Fill in the blank”, “Put in order” and “Match”: the kinds a live session leaves to paper, in words. */
export function printOnlyKinds(): string {
  const labels = Object.values(QUESTION_KINDS)
    .filter((kind) => !kind.live)
    .map((kind) => `“${kind.label}”`);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
    : (labels[0] ?? 'Other');
}

/**
 * The questions of a session the class has been asked: student-paced, all of them from the start;
 * teacher-paced, those up to the one on screen (none in the lobby), so a session ended early is scored
 * on what was asked.
 */
export function askedQuestions<Q>(
  session: Pick<SessionRecord, 'mode' | 'currentIndex'>,
  questions: readonly Q[],
): Q[] {
  return session.mode === 'student' ? [...questions] : questions.slice(0, session.currentIndex + 1);
}

/** What a student may see before the reveal. Built field by field so a new key field can never leak. */
export interface PublicQuestion {
  id: string;
  type: LiveQuestion['type'];
  prompt: string;
  choices: string[];
}

export function publicQuestion(question: PublicQuestion): PublicQuestion {
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

/**
 * Links to each cited sentence. `articleHref` is where whoever follows them reads the article: the
 * library's page by default; a workspace article's owner and a live class each have their own.
 */
export function evidenceLinks(
  quiz: Quiz,
  question: Question,
  returnPath: string,
  articleHref = `/articles/${quiz.article.slug}`,
): EvidenceLink[] {
  const numbers = new Map(quiz.passages.map((passage) => [passage.id, passage.number]));
  return question.evidence.map((evidence) => ({
    quote: evidence.quote,
    paragraph: numbers.get(evidence.passageId) ?? null,
    sentenceId: evidence.sentenceId,
    href: `${articleHref}?from=${encodeURIComponent(returnPath)}#${evidence.sentenceId}`,
  }));
}

export function revealedQuestion(
  quiz: Quiz,
  question: LiveQuestion,
  returnPath: string,
  articleHref?: string,
): RevealedQuestion {
  return {
    ...publicQuestion(question),
    answer: question.answer,
    explanation: question.explanation,
    evidence: evidenceLinks(quiz, question, returnPath, articleHref),
  };
}
