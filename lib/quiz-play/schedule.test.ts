import { describe, expect, it } from 'vitest';
import { nextReviewCard, scheduleAnswers } from './schedule';
import type { AnswerRecord } from './progress-schema';

const now = new Date('2026-11-20T09:00:00.000Z');
const day = 24 * 60 * 60 * 1000;

describe('nextReviewCard', () => {
  it('leaves a question that was never missed out of the schedule', () => {
    expect(nextReviewCard(undefined, true, now)).toBeUndefined();
  });

  it('schedules a missed question for another day, not minutes later', () => {
    const card = nextReviewCard(undefined, false, now);
    expect(card).toBeDefined();
    const due = Date.parse(card!.due);
    expect(due).toBeGreaterThanOrEqual(now.getTime() + day);
    expect(due).toBeLessThan(now.getTime() + 7 * day);
    expect(card!.lastReview).toBe(now.toISOString());
  });

  it('pushes the next review further out after each right answer, and pulls it in after a miss', () => {
    let card = nextReviewCard(undefined, false, now)!;
    let at = new Date(card.due);
    const gaps: number[] = [];
    for (let round = 0; round < 3; round++) {
      card = nextReviewCard(card, true, at)!;
      gaps.push(Date.parse(card.due) - at.getTime());
      at = new Date(card.due);
    }
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]).toBeGreaterThan(gaps[1]!);
    const missed = nextReviewCard(card, false, at)!;
    expect(Date.parse(missed.due) - at.getTime()).toBeLessThan(gaps[2]!);
    expect(missed.lapses).toBe(card.lapses + 1);
  });

  it('is deterministic (no fuzz)', () => {
    expect(nextReviewCard(undefined, false, now)).toEqual(nextReviewCard(undefined, false, now));
  });

  it('accepts the new card the v0 migration creates', () => {
    const fresh = {
      due: now.toISOString(),
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
    };
    const card = nextReviewCard(fresh, true, now)!;
    expect(Date.parse(card.due)).toBeGreaterThan(now.getTime());
  });
});

describe('scheduleAnswers', () => {
  it('gives a card to missed and already-scheduled questions only', () => {
    const answer = (correct: boolean): AnswerRecord => ({
      response: { kind: 'choice', value: 'x' },
      correct,
      timeMs: 1,
    });
    const earlier = nextReviewCard(undefined, false, new Date(now.getTime() - 3 * day))!;
    const cards = scheduleAnswers(
      { 'q-known': { history: [], card: earlier } },
      { 'q-right': answer(true), 'q-wrong': answer(false), 'q-known': answer(true) },
      now,
    );
    expect(cards['q-right']).toBeUndefined();
    expect(cards['q-wrong']).toBeDefined();
    expect(cards['q-known']!.reps).toBe(earlier.reps + 1);
  });
});
