import { describe, expect, it } from 'vitest';
import { TEST_QUESTIONS } from '@/lib/quiz-play/test-questions';
import { askedQuestions, isLiveQuestion, liveQuestions, publicQuestion } from './live-questions';

describe('isLiveQuestion', () => {
  it.each(Object.values(TEST_QUESTIONS).map((question) => [question.type, question] as const))(
    '%s',
    (type, question) => {
      expect(isLiveQuestion(question)).toBe(!['fill-in', 'timeline', 'matching'].includes(type));
    },
  );

  it('liveQuestions keeps the order it is given', () => {
    const { matching, why, fillIn, who } = TEST_QUESTIONS;
    expect(liveQuestions([matching, why, fillIn, who]).map((q) => q.id)).toEqual([
      'q-why',
      'q-who',
    ]);
  });
});

describe('publicQuestion', () => {
  it('shows the options as stored, and nothing of the key', () => {
    const shown = publicQuestion(TEST_QUESTIONS.where);
    expect(shown).toEqual({
      id: 'q-where',
      type: 'where',
      prompt: 'Where was THAAD deployed?',
      choices: ['Busan', 'Incheon', 'Seongju'],
    });
  });
});

describe('askedQuestions', () => {
  const plan = ['q1', 'q2', 'q3'];
  it.each([
    ['teacher-paced in the lobby', 'teacher', -1, []],
    ['teacher-paced on question 2', 'teacher', 1, ['q1', 'q2']],
    ['teacher-paced on the last question', 'teacher', 2, plan],
    ['student-paced: everything from the start', 'student', -1, plan],
  ] as const)('%s', (_case, mode, currentIndex, asked) => {
    expect(askedQuestions({ mode, currentIndex }, plan)).toEqual(asked);
  });
});
