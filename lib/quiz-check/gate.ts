import {
  analyzeArticle,
  bankFromAnalysis,
  type ArticleInput,
  type GenerateOptions,
} from '@/lib/quiz-engine';
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
 * The engine's bank with every question the checker flags left out before ranking — so the next
 * best take their places and the default quiz keeps its balance — then checked again: what leaves
 * here passes every hard gate, or generation fails loudly.
 */
export function generateCheckedQuiz(input: ArticleInput, options: GenerateOptions = {}): GatedQuiz {
  const analysis = analyzeArticle(input);
  const exclude = new Set<string>();
  const dropped: Finding<Gate>[] = [];
  let entities: ReturnType<typeof extractEntities> | undefined;
  for (let pass = 0; pass < 4; pass++) {
    const quiz = bankFromAnalysis(analysis, { ...options, exclude });
    entities ??= extractEntities(
      quiz.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text),
    );
    const report = checkQuiz(quiz, entities);
    if (report.violations.length === 0 && (quiz.questions.length === 0 || !failsGates(report)))
      return { quiz, dropped };
    const fresh = report.violations.filter((v) => !exclude.has(v.questionId));
    if (fresh.length === 0) break;
    for (const v of fresh) exclude.add(v.questionId);
    dropped.push(...fresh);
  }
  throw new QuizGateError(
    `the checker still flags the quiz after leaving out ${exclude.size} question(s)${dropped[0] ? `: ${dropped[0].kind} ${dropped[0].questionId} (${dropped[0].detail})` : ''}`,
  );
}
