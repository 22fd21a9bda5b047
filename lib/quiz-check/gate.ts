import { quizFromArticle, type ArticleInput, type GenerateOptions } from '@/lib/quiz-engine';
import type { Quiz } from '@/lib/quiz-engine/schema';
import { checkQuiz, failsGates, type Finding, type Gate } from './checks';
import { extractEntities } from './entities';

/** The checker still flags a quiz after every flagged question was dropped: a bug, never a bad article. */
export class QuizGateError extends Error {
  override name = 'QuizGateError';
}

export interface GatedQuiz {
  quiz: Quiz;
  /** What the checker flagged in the engine's output, each dropped with its question. */
  dropped: Finding<Gate>[];
}

/**
 * The quiz with every question the checker flags left out, ranks closed up (the next best move into
 * the default quiz), then checked again: what leaves here passes every hard gate, or generation
 * fails loudly.
 */
export function gateQuiz(quiz: Quiz): GatedQuiz {
  const paragraphs = quiz.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text);
  const entities = extractEntities(paragraphs);
  const report = checkQuiz(quiz, entities);
  const flagged = new Set(report.violations.map((v) => v.questionId));
  if (flagged.size === 0) return { quiz, dropped: [] };
  const kept = quiz.questions.filter((q) => !flagged.has(q.id));
  const order = [...kept].sort((a, b) => a.rank - b.rank);
  const rank = new Map(order.map((q, i) => [q.id, i + 1]));
  const gated: Quiz = {
    ...quiz,
    questions: kept.map((q) => ({ ...q, rank: rank.get(q.id)! })),
    defaultCount: Math.min(quiz.defaultCount, kept.length),
  };
  const again = checkQuiz(gated, entities);
  if (again.violations.length > 0 || (gated.questions.length > 0 && failsGates(again))) {
    const first = again.violations[0];
    throw new QuizGateError(
      `the checker still flags the quiz after dropping ${flagged.size} question(s)${first ? `: ${first.kind} ${first.questionId} (${first.detail})` : ''}`,
    );
  }
  return { quiz: gated, dropped: report.violations };
}

/** What the CLI and the browser worker emit: the engine's bank, through the checker's gate. */
export function generateCheckedQuiz(input: ArticleInput, options: GenerateOptions = {}): GatedQuiz {
  return gateQuiz(quizFromArticle(input, options));
}
