import { describe, expect, it } from 'vitest';
import type { AttemptRecord, QuizProgress } from './progress-schema';
import {
  countedByYouInProgress,
  dueQuestionIds,
  nextDueDate,
  summarizeQuiz,
} from './progress-summary';

const answer = (correct: boolean) => ({
  response: { kind: 'choice' as const, value: 'x' },
  correct,
  timeMs: 1,
});
function attempt(mode: AttemptRecord['mode'], right: number, total: number): AttemptRecord {
  const ids = Array.from({ length: total }, (_, index) => `q-${index}`);
  return {
    id: `${mode}-${right}`,
    mode,
    startedAt: '2026-11-20T09:00:00.000Z',
    finishedAt: '2026-11-20T09:05:00.000Z',
    questionIds: ids,
    answers: Object.fromEntries(ids.map((id, index) => [id, answer(index < right)])),
  };
}
const card = (due: string) => ({
  due,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
});
const now = new Date('2026-11-22T12:00:00.000Z');
const progress: QuizProgress = {
  attempts: [attempt('practice', 3, 4), attempt('retry', 1, 1), attempt('test', 2, 4)],
  questions: {
    'q-1': { history: [], card: card('2026-11-22T09:00:00.000Z') },
    'q-2': { history: [], card: card('2026-11-21T09:00:00.000Z') },
    'q-3': { history: [], card: card('2026-11-25T09:00:00.000Z') },
    'q-gone': { history: [], card: card('2026-11-20T09:00:00.000Z') },
    'q-0': { history: [] },
  },
};

describe('summarizeQuiz', () => {
  it('takes best and last from whole-quiz attempts only', () => {
    expect(summarizeQuiz(progress, now)).toEqual({
      attempts: 2,
      bestPercent: 75,
      lastPercent: 50,
      dueCount: 3,
    });
  });
  it('has no scores before any attempt', () => {
    expect(summarizeQuiz(undefined, now)).toEqual({
      attempts: 0,
      bestPercent: null,
      lastPercent: null,
      dueCount: 0,
    });
  });
  it('uses v0 legacy scores until there are attempts', () => {
    const legacy = { attempts: [], questions: {}, legacy: { bestPercent: 85, lastPercent: 62 } };
    expect(summarizeQuiz(legacy, now)).toMatchObject({ bestPercent: 85, lastPercent: 62 });
    expect(summarizeQuiz({ ...legacy, attempts: [attempt('test', 1, 2)] }, now)).toMatchObject({
      bestPercent: 85,
      lastPercent: 50,
    });
  });
});

describe('dueQuestionIds', () => {
  it('lists due questions, earliest first, skipping ones the quiz no longer has', () => {
    expect(dueQuestionIds(progress, now)).toEqual(['q-gone', 'q-2', 'q-1']);
    expect(dueQuestionIds(progress, now, new Set(['q-1', 'q-2', 'q-3']))).toEqual(['q-2', 'q-1']);
  });
});

describe('nextDueDate', () => {
  it('is the soonest review still ahead', () => {
    expect(nextDueDate(progress, now)?.toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(nextDueDate(undefined, now)).toBeNull();
  });
});

describe('countedByYouInProgress', () => {
  it('adds up the answers counted by the learner over every attempt', () => {
    const typed = { response: { kind: 'text' as const, value: 'x' }, correct: true, timeMs: 1 };
    const counted = { ...typed, selfOverride: true as const };
    const one = attempt('practice', 1, 2);
    const withOverrides: QuizProgress = {
      attempts: [
        { ...one, answers: { 'q-0': counted, 'q-1': typed } },
        { ...one, id: 'two', answers: { 'q-0': counted, 'q-1': counted } },
      ],
      questions: {},
    };
    expect(countedByYouInProgress(withOverrides)).toBe(3);
    expect(countedByYouInProgress(progress)).toBe(0);
    expect(countedByYouInProgress(undefined)).toBe(0);
  });
});
