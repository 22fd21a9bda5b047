import { describe, expect, it } from 'vitest';
import { GOOD_WHO, quizOf } from '@/lib/quiz-check/test-quiz';
import { defaultQuestions, quizSchema } from '@/lib/quiz-engine/schema';
import { applyReview, parseQuizReview } from './quiz-review';

const quiz = quizOf([
  GOOD_WHO,
  { ...GOOD_WHO, id: 'q-2', prompt: 'Who called for parliamentary approval of THAAD?' },
  { ...GOOD_WHO, id: 'q-3', prompt: 'Who, in the article, suggested a referendum?' },
]);

describe('parseQuizReview', () => {
  it.each([
    ['an empty review', { questions: {} }],
    ['an exclusion with a note', { questions: { 'q-1': { exclude: true, note: 'ambiguous' } } }],
    ['a reworded prompt', { questions: { 'q-1': { prompt: 'Who proposed a referendum?' } } }],
  ])('accepts %s', (_name, data) => {
    expect(() => parseQuizReview(data)).not.toThrow();
  });

  it.each([
    ['no questions key', {}, /field "questions"/],
    [
      'an edit that changes nothing',
      { questions: { 'q-1': { note: 'hm' } } },
      /must give "prompt", "explanation"/,
    ],
    ['an unknown field', { questions: { 'q-1': { answer: 'Moon' } } }, /field "questions.q-1"/],
    ['exclude: false', { questions: { 'q-1': { exclude: false } } }, /field "questions.q-1"/],
  ])('refuses %s, naming the field', (_name, data, message) => {
    expect(() => parseQuizReview(data)).toThrow(message);
  });
});

describe('applyReview', () => {
  it('replaces the accepted answers of a fill-in, and warns when the question is not one', () => {
    const fill = quizOf([
      {
        id: 'q-fill',
        rank: 1,
        type: 'fill-in',
        prompt: 'Park Geun-hye of the _____ backed the system.',
        answer: 'Saenuri Party',
        acceptedAnswers: ['Saenuri', 'Seoul'],
        explanation: 'x',
        evidence: GOOD_WHO.evidence,
      },
      GOOD_WHO,
    ]);
    const outcome = applyReview(
      fill,
      parseQuizReview({
        questions: {
          'q-fill': { acceptedAnswers: ['Saenuri'], note: 'Seoul is a city, not a party' },
          'q-who': { acceptedAnswers: ['Ahn'] },
        },
      }),
    );
    const [first, second] = outcome.quiz.questions;
    expect(first?.type === 'fill-in' && first.acceptedAnswers).toEqual(['Saenuri']);
    expect(second).toEqual({ ...GOOD_WHO, rank: 2 });
    expect(outcome.warnings).toEqual([
      'review of korea-test: question q-who is who, not fill-in; its acceptedAnswers were not applied',
    ]);
  });

  it('drops excluded questions and rewords edited ones, leaving the rest and the input alone', () => {
    const before = structuredClone(quiz);
    const outcome = applyReview(
      quiz,
      parseQuizReview({
        questions: {
          'q-2': { exclude: true },
          'q-3': {
            prompt: 'Who proposed a referendum on THAAD?',
            explanation: 'Ahn did.',
            note: 'clearer',
          },
        },
      }),
    );
    expect(outcome.quiz.questions.map((q) => [q.id, q.prompt, q.explanation])).toEqual([
      ['q-who', GOOD_WHO.prompt, GOOD_WHO.explanation],
      ['q-3', 'Who proposed a referendum on THAAD?', 'Ahn did.'],
    ]);
    expect([outcome.excluded, outcome.edited, outcome.warnings]).toEqual([['q-2'], ['q-3'], []]);
    expect(quiz).toEqual(before);
    expect(quizSchema.safeParse(outcome.quiz).success).toBe(true);
  });

  it.each([
    ['a default question: the next best takes its place', 2, 'q-2', 2, ['q-who', 'q-3']],
    ['a question past the default quiz', 2, 'q-3', 2, ['q-who', 'q-2']],
    ['one of a bank that is all default', 3, 'q-who', 2, ['q-2', 'q-3']],
  ])('excluding %s closes the ranks', (_case, before, excluded, defaultCount, asked) => {
    const ranked = { ...quiz, defaultCount: before };
    const outcome = applyReview(
      ranked,
      parseQuizReview({ questions: { [excluded]: { exclude: true } } }),
    );
    expect(outcome.quiz.questions.map((q) => q.rank)).toEqual([1, 2]);
    expect(outcome.quiz.defaultCount).toBe(defaultCount);
    expect(defaultQuestions(outcome.quiz).map((q) => q.id)).toEqual(asked);
    expect(quizSchema.safeParse(outcome.quiz).success).toBe(true);
  });

  it('warns, one line each, about entries whose question no longer exists', () => {
    const outcome = applyReview(
      quiz,
      parseQuizReview({ questions: { 'q-gone': { exclude: true } } }),
    );
    expect(outcome.quiz.questions).toHaveLength(3);
    expect(outcome.warnings).toEqual([
      'review of korea-test: question q-gone no longer exists; its entry was not applied (remove it or re-key it)',
    ]);
  });
});
