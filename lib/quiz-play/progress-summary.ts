import type { AttemptMode } from './attempt-plan';
import type { AttemptRecord, QuizProgress } from './progress-schema';
import { countedByYou, scoreAnswers } from './results';

/** Only whole-quiz attempts say how well the quiz is known; retry and review rounds are practice on a subset. */
export function isFullAttempt(mode: AttemptMode): boolean {
  return mode === 'practice' || mode === 'test';
}

export function attemptPercent(record: AttemptRecord): number {
  return scoreAnswers(record.questionIds, record.answers).percent;
}

export interface QuizSummary {
  attempts: number;
  bestPercent: number | null;
  lastPercent: number | null;
  dueCount: number;
}

/** Ids of questions whose review is due at `now`, earliest due first; `known` drops ids a regenerated quiz no longer has. */
export function dueQuestionIds(
  progress: QuizProgress | undefined,
  now: Date,
  known?: ReadonlySet<string>,
): string[] {
  if (!progress) return [];
  return Object.entries(progress.questions)
    .filter(([id, question]) => {
      if (!question.card || (known && !known.has(id))) return false;
      return Date.parse(question.card.due) <= now.getTime();
    })
    .sort(([, a], [, b]) => Date.parse(a.card?.due ?? '') - Date.parse(b.card?.due ?? ''))
    .map(([id]) => id);
}

/** The soonest review still ahead, if any, so the learner knows when to come back. */
export function nextDueDate(progress: QuizProgress | undefined, now: Date): Date | null {
  if (!progress) return null;
  const upcoming = Object.values(progress.questions)
    .map((question) => (question.card ? Date.parse(question.card.due) : Number.NaN))
    .filter((time) => Number.isFinite(time) && time > now.getTime())
    .sort((a, b) => a - b);
  return upcoming.length ? new Date(upcoming[0] as number) : null;
}

/** Best and last score, attempts made and reviews due for one quiz. */
export function summarizeQuiz(
  progress: QuizProgress | undefined,
  now: Date,
  known?: ReadonlySet<string>,
): QuizSummary {
  const full = (progress?.attempts ?? []).filter((record) => isFullAttempt(record.mode));
  const percents = full.map(attemptPercent);
  const legacy = progress?.legacy;
  const best = percents.length || legacy ? Math.max(...percents, legacy?.bestPercent ?? 0) : null;
  const last = percents.length ? (percents.at(-1) as number) : (legacy?.lastPercent ?? null);
  return {
    attempts: full.length,
    bestPercent: best,
    lastPercent: last,
    dueCount: dueQuestionIds(progress, now, known).length,
  };
}

/** Typed answers the learner counted as right themselves, over every finished attempt of a quiz. */
export function countedByYouInProgress(progress: QuizProgress | undefined): number {
  return (progress?.attempts ?? []).reduce(
    (sum, record) => sum + countedByYou(record.questionIds, record.answers),
    0,
  );
}
