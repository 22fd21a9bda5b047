import { checkQuiz, failsGates, type Gate } from '@/lib/quiz-check/checks';
import { extractEntities, type ArticleEntities } from '@/lib/quiz-check/entities';
import type { Quiz } from '@/lib/quiz-engine/schema';

/** The checker's own reading of the article, as `npm run quiz:check` builds it. Costly: build it once. */
export function articleEntities(quiz: Pick<Quiz, 'passages'>): ArticleEntities {
  return extractEntities(
    quiz.passages.filter((passage) => passage.kind === 'paragraph').map((passage) => passage.text),
  );
}

/** What `npm run quiz:check` (lib/quiz-check) says of a quiz. */
export interface GateFigures {
  /** Whether the hard gates fail: no questions, anything ungrounded, or any violation. */
  fails: boolean;
  violations: number;
  /** Violations per gate, only gates that were broken. */
  byKind: Partial<Record<Gate, number>>;
  /** Warnings (not gates): unresolved pronouns, option-type mismatches, near-duplicates. */
  warnings: number;
  /** One line per violation: `<gate> <question id>: <detail>`. */
  details: string[];
}

export function gateFigures(quiz: Quiz, entities: ArticleEntities): GateFigures {
  const report = checkQuiz(quiz, entities);
  const byKind: GateFigures['byKind'] = {};
  for (const violation of report.violations) {
    byKind[violation.kind] = (byKind[violation.kind] ?? 0) + 1;
  }
  return {
    fails: failsGates(report),
    violations: report.violations.length,
    byKind,
    warnings: report.warnings.length,
    details: report.violations.map((v) => `${v.kind} ${v.questionId}: ${v.detail}`),
  };
}
