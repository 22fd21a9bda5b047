import { MULTIPLE_CHOICE_TYPES } from '@/lib/quiz-engine/kinds';
import type { Question } from '@/lib/quiz-engine/schema';
import { chiSquareSurvival, uniformFit, type UniformFit } from './chi-square';
import { normalizeAnswer } from './normalize';

/** A question whose key is one option among several: `MULTIPLE_CHOICE_TYPES` (not true/false). */
export type ChoiceQuestion = Extract<Question, { choices: string[]; answer: string }>;

const CHOICE_TYPES: ReadonlySet<string> = new Set(MULTIPLE_CHOICE_TYPES);

export function choiceQuestions(questions: readonly Question[]): ChoiceQuestion[] {
  return questions.filter((question): question is ChoiceQuestion =>
    CHOICE_TYPES.has(question.type),
  );
}

/** The most frequent key among choice questions. */
export interface KeyConcentration {
  /** Choice questions counted. */
  questions: number;
  /** The top key as first written, how many choice questions it answers and their share; null if none. */
  top: { key: string; count: number; share: number } | null;
}

/**
 * The key that answers most choice questions, keys compared after `normalizeAnswer` ("the People's
 * Party" = "People’s Party"). Ties go to the key that comes first in stored order.
 */
export function keyConcentration(questions: readonly Question[]): KeyConcentration {
  const choices = choiceQuestions(questions);
  const tally = new Map<string, { key: string; count: number }>();
  for (const question of choices) {
    const norm = normalizeAnswer(question.answer);
    const entry = tally.get(norm) ?? { key: question.answer, count: 0 };
    entry.count++;
    tally.set(norm, entry);
  }
  let top: KeyConcentration['top'] = null;
  for (const { key, count } of tally.values()) {
    if (!top || count > top.count) top = { key, count, share: count / choices.length };
  }
  return { questions: choices.length, top };
}

/** Where the key sits among the options as stored, for one number of options. */
export interface PositionGroup {
  options: number;
  /** counts[i]: questions whose key is option i + 1. */
  counts: number[];
  /** The largest |share at a position − 1/options|, in shares (0.2 = 20 points off uniform). */
  maxDeviation: number;
  fit: UniformFit;
}

export interface KeyPositions {
  /** One group per number of options, fewest options first. */
  groups: PositionGroup[];
  /** χ² and df summed over the groups (independent tests), with the p-value of the sum. */
  pooled: UniformFit;
  /** The largest maxDeviation of any group; 0 when there are no choice questions. */
  maxDeviation: number;
}

/** Key positions of choice questions in stored order (the order print, projector and live show). */
export function keyPositions(questions: readonly Question[]): KeyPositions {
  const byOptions = new Map<number, number[]>();
  for (const question of choiceQuestions(questions)) {
    const index = question.choices.indexOf(question.answer);
    if (index < 0) continue;
    const n = question.choices.length;
    const counts = byOptions.get(n) ?? new Array<number>(n).fill(0);
    counts[index] = (counts[index] ?? 0) + 1;
    byOptions.set(n, counts);
  }
  const groups = [...byOptions]
    .sort(([a], [b]) => a - b)
    .map(([options, counts]): PositionGroup => {
      const total = counts.reduce((sum, n) => sum + n, 0);
      const maxDeviation = Math.max(...counts.map((n) => Math.abs(n / total - 1 / options)));
      return { options, counts, maxDeviation, fit: uniformFit(counts) };
    });
  // A sum of independent χ² is χ² with the summed degrees of freedom.
  const chiSquare = groups.reduce((sum, g) => sum + g.fit.chiSquare, 0);
  const df = groups.reduce((sum, g) => sum + g.fit.df, 0);
  return {
    groups,
    pooled: { chiSquare, df, p: df > 0 ? chiSquareSurvival(chiSquare, df) : 1 },
    maxDeviation: Math.max(0, ...groups.map((g) => g.maxDeviation)),
  };
}

/** How much the wrong options vary across choice questions with at least three options. */
export interface DistractorVariety {
  /** Choice questions with ≥ 3 options. */
  questions: number;
  /** Distinct distractor sets (options minus the key, normalised, as a set) ÷ questions; null if none. */
  distinctSetShare: number | null;
  /** The distractor offered in most of those questions (as first written), in how many, and their share. */
  top: { distractor: string; count: number; share: number } | null;
}

export function distractorVariety(questions: readonly Question[]): DistractorVariety {
  const eligible = choiceQuestions(questions).filter((question) => question.choices.length >= 3);
  const sets = new Set<string>();
  const tally = new Map<string, { distractor: string; count: number }>();
  for (const question of eligible) {
    const key = normalizeAnswer(question.answer);
    const distractors = new Map<string, string>();
    for (const option of question.choices) {
      const norm = normalizeAnswer(option);
      if (norm !== key && !distractors.has(norm)) distractors.set(norm, option);
    }
    sets.add(JSON.stringify([...distractors.keys()].sort()));
    for (const [norm, option] of distractors) {
      const entry = tally.get(norm) ?? { distractor: option, count: 0 };
      entry.count++;
      tally.set(norm, entry);
    }
  }
  let top: DistractorVariety['top'] = null;
  for (const { distractor, count } of tally.values()) {
    if (!top || count > top.count) top = { distractor, count, share: count / eligible.length };
  }
  return {
    questions: eligible.length,
    distinctSetShare: eligible.length ? sets.size / eligible.length : null,
    top,
  };
}
