import type { Evidence, Question } from '@/lib/quiz-engine/schema';
import type { Response } from './scoring';
import { byShape, hasShape } from './question-shape';
import { correctAnswerText } from './scoring';
import { normalizeAnswer } from './tolerant-match';

/**
 * Words that only frame an explanation ("True. Paragraph 2 says so: …", "Paragraph 9 states it.") or
 * join a sentence: they never make an explanation worth reading beside the quote.
 */
const FRAME_WORDS = new Set(
  (
    'a an the and or but of in on at to for by with from as into about than that this these those it its ' +
    'is are was were be been has have had do did he she they his her their him them who which ' +
    'paragraph paragraphs says said say states stated writes written out so true false also'
  ).split(' '),
);

const PARAGRAPH_POINTER = /\bparagraphs? \d+(?:(?:,|and|\s)+\d+)*/gi;

function contentWords(text: string): Set<string> {
  return new Set(
    normalizeAnswer(text)
      .split(' ')
      .filter((word) => word && !FRAME_WORDS.has(word)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}

/** The evidence that shares most words with `text` (the first on a tie, so the engine's order decides). */
function closest(evidence: readonly Evidence[], text: string): Evidence {
  const words = contentWords(text);
  let best = evidence[0] as Evidence;
  let bestShared = -1;
  for (const candidate of evidence) {
    const shared = overlap(words, contentWords(candidate.quote));
    if (shared > bestShared) {
      best = candidate;
      bestShared = shared;
    }
  }
  return best;
}

/** The first event or pair the learner got wrong, in words; null when everything is right. */
function firstMiss(question: Question, response: Response | undefined): string | null {
  return byShape<string | null>(question, {
    choice: () => null,
    typed: () => null,
    order: (timeline) => {
      const given = response?.kind === 'order' ? response.value : [];
      return timeline.answer.find((item, index) => given[index] !== item) ?? null;
    },
    match: (matching) => {
      const given = response?.kind === 'pairs' ? response.value : [];
      const index = matching.answer.findIndex((choice, i) => given[i] !== choice);
      return index < 0 ? null : `${matching.items[index]} ${matching.answer[index]}`;
    },
  });
}

/**
 * The one sentence feedback quotes by default. A single-answer question: the cited sentence closest to
 * its explanation and answer (a question citing a context sentence and a proving one quotes the proving
 * one). A timeline or matching question: the sentence about the first event or pair the learner got
 * wrong, else the first cited.
 */
export function provingEvidence(question: Question, response?: Response): Evidence {
  if (question.evidence.length === 1) return question.evidence[0] as Evidence;
  if (hasShape(question, 'order') || hasShape(question, 'match')) {
    const miss = firstMiss(question, response);
    return miss ? closest(question.evidence, miss) : (question.evidence[0] as Evidence);
  }
  return closest(question.evidence, `${question.explanation} ${correctAnswerText(question)}`);
}

/**
 * Whether the explanation tells a learner something the quoted sentence and the answer do not. It does
 * when it holds a word that neither of them holds: "Paragraph 5: <the quote word for word>" does not;
 * "False. Paragraph 9 says Moon Jae-in, not Park Geun-hye: …" does (it names who "he" is and who was
 * wrongly named). Timeline and matching explanations list every event or pair again, which the answer
 * already does, so they never show by default.
 */
export function explanationAddsToQuote(question: Question, quote: Evidence): boolean {
  if (hasShape(question, 'order') || hasShape(question, 'match')) return false;
  const known = contentWords(`${quote.quote} ${correctAnswerText(question)}`);
  // "Paragraph 5" points to where the quote is, which its ¶ label already says.
  const explanation = question.explanation.replace(PARAGRAPH_POINTER, ' ');
  for (const word of contentWords(explanation)) if (!known.has(word)) return true;
  return false;
}

/** What feedback shows at once and what it keeps behind "More from the article". */
export interface FeedbackPlan {
  proving: Evidence;
  /** Shown at once only when it adds to the quote (see explanationAddsToQuote). */
  explanationAtOnce: boolean;
  /** The other cited sentences, in the article's order as the engine gave them. */
  otherEvidence: Evidence[];
}

export function feedbackPlan(question: Question, response?: Response): FeedbackPlan {
  const proving = provingEvidence(question, response);
  return {
    proving,
    explanationAtOnce: explanationAddsToQuote(question, proving),
    otherEvidence: question.evidence.filter((evidence) => evidence !== proving),
  };
}
