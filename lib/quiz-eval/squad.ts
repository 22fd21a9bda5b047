import { z } from 'zod';
import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { normalizeSpace, sameAnswer } from './normalize';

/** A corpus `squad-train/<Title>.json`: SQuAD paragraphs with their answerable human questions. */
export const squadArticleSchema = z.object({
  title: z.string(),
  paragraphs: z.array(
    z.object({
      context: z.string().min(1),
      qas: z.array(z.object({ question: z.string().min(1), answers: z.array(z.string()).min(1) })),
    }),
  ),
});

export type SquadArticle = z.infer<typeof squadArticleSchema>;

/**
 * The answers a question teaches as its key, for SQuAD coverage: the `answer` of a single-choice
 * question (not true/false, whose key is True or False, and not evidence, whose key is a sentence),
 * and the `answer` and `acceptedAnswers` of a fill-in. Timeline and matching teach orders and pairs,
 * not one answer, and do not count.
 */
export function keysOf(question: Question): string[] {
  switch (question.type) {
    case 'true-false':
    case 'evidence':
    case 'timeline':
    case 'matching':
      return [];
    case 'fill-in':
      return [question.answer, ...question.acceptedAnswers];
    default:
      return [question.answer];
  }
}

/** A generated question that answers a human one. */
export interface SquadHit {
  question: string;
  answers: string[];
  by: { id: string; type: Question['type']; key: string; prompt: string };
}

export interface SquadMiss {
  question: string;
  answers: string[];
  /** Generated questions with a key grounded in the same paragraph (none matched). */
  keysInParagraph: string[];
}

export interface SquadCoverage {
  /** Human questions in the file (a question asked twice with other answers counts twice, as SQuAD has it). */
  questions: number;
  covered: number;
  /** covered ÷ questions; 0 for a file of no questions. */
  share: number;
  /** SQuAD paragraphs, and how many of them are a passage of the quiz (else nothing there can be covered). */
  paragraphs: number;
  paragraphsFound: number;
  hits: SquadHit[];
  misses: SquadMiss[];
}

/** Whether a quiz passage and a SQuAD context are the same paragraph: equal, or one contains the other. */
function sameParagraph(passageText: string, context: string): boolean {
  return passageText.includes(context) || context.includes(passageText);
}

/**
 * The share of SQuAD's human questions that a generated question asks too. A human question is
 * covered when some generated question
 * - is grounded in the same paragraph: one of its evidence passages is a paragraph whose text equals
 *   or contains the SQuAD `context`, or is contained in it (both whitespace-normalised), and
 * - has a key (`keysOf`) that names one of the human answers (`sameAnswer`: equal after normalising
 *   case, punctuation, accents and a leading article, or one inside the other as whole words with the
 *   shorter holding at least 60% of the longer's words).
 * It says nothing of whether the two questions ask the same thing about that answer.
 */
export function squadCoverage(
  quiz: Pick<Quiz, 'passages' | 'questions'>,
  squad: SquadArticle,
): SquadCoverage {
  const passageText = new Map(
    quiz.passages
      .filter((passage) => passage.kind === 'paragraph')
      .map((passage) => [passage.id, normalizeSpace(passage.text)]),
  );
  const keyed = quiz.questions
    .map((question) => ({ question, keys: keysOf(question) }))
    .filter(({ keys }) => keys.length > 0);
  const hits: SquadHit[] = [];
  const misses: SquadMiss[] = [];
  let paragraphsFound = 0;
  for (const paragraph of squad.paragraphs) {
    const context = normalizeSpace(paragraph.context);
    const found = [...passageText.values()].some((text) => sameParagraph(text, context));
    if (found) paragraphsFound++;
    const grounded = keyed.filter(({ question }) =>
      question.evidence.some((evidence) => {
        const text = passageText.get(evidence.passageId);
        return text !== undefined && sameParagraph(text, context);
      }),
    );
    for (const qa of paragraph.qas) {
      let hit: SquadHit | undefined;
      for (const { question, keys } of grounded) {
        const key = keys.find((k) => qa.answers.some((answer) => sameAnswer(k, answer)));
        if (key !== undefined) {
          hit = {
            question: qa.question,
            answers: qa.answers,
            by: { id: question.id, type: question.type, key, prompt: question.prompt },
          };
          break;
        }
      }
      if (hit) hits.push(hit);
      else {
        const keysInParagraph = [...new Set(grounded.flatMap(({ keys }) => keys.slice(0, 1)))];
        misses.push({ question: qa.question, answers: qa.answers, keysInParagraph });
      }
    }
  }
  const questions = hits.length + misses.length;
  return {
    questions,
    covered: hits.length,
    share: questions ? hits.length / questions : 0,
    paragraphs: squad.paragraphs.length,
    paragraphsFound,
    hits,
    misses,
  };
}
