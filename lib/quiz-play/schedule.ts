import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { AnswerRecord, QuestionProgress, ReviewCard } from './progress-schema';

/**
 * Spaced repetition with FSRS (ts-fsrs). A question enters the schedule the first time it is missed;
 * from then on every answer moves its next review: sooner after a miss, later after a right answer.
 * Short-term (minutes) steps are off: a learner here comes back on another day, not in ten minutes.
 * Fuzz is off so the same history always gives the same dates.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ? new Date(card.lastReview) : undefined,
  };
}

function fromCard(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** The card after one answer, or undefined when the question was never missed and need not be scheduled. */
export function nextReviewCard(
  card: ReviewCard | undefined,
  correct: boolean,
  now: Date,
): ReviewCard | undefined {
  if (!card && correct) return undefined;
  const current = card ? toCard(card) : createEmptyCard(now);
  return fromCard(scheduler.next(current, now, correct ? Rating.Good : Rating.Again).card);
}

/** New cards for every answered question of an attempt, given what is known of each question so far. */
export function scheduleAnswers(
  questions: Readonly<Record<string, QuestionProgress>>,
  answers: Readonly<Record<string, AnswerRecord>>,
  now: Date,
): Record<string, ReviewCard | undefined> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, answer]) => [
      id,
      nextReviewCard(questions[id]?.card, answer.correct, now),
    ]),
  );
}
