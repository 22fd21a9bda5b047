import { describe, expect, it } from 'vitest';
import { TEST_QUESTIONS } from '@/lib/quiz-play/test-questions';
import { chosenQuestions } from './question-count';
import { answerLabel, isDense, presentSlides } from './slides';
import { FIXTURE_QUIZ } from './test-fixtures';

describe('presentSlides', () => {
  const slides = presentSlides(
    FIXTURE_QUIZ,
    chosenQuestions(FIXTURE_QUIZ, 'all'),
    '/teach/fixture/present',
  );

  it('keeps every question type in stored order, with the key in words', () => {
    expect(slides.map((slide) => [slide.type, slide.shape, slide.answer])).toEqual([
      ['who', 'choice', 'A. Alice'],
      ['fill-in', 'typed', 'Mondays'],
      ['true-false', 'choice', 'B. False'],
      ['which', 'choice', 'C. Mondays'],
    ]);
  });

  it('shows the options as the quiz stores them', () => {
    expect(slides.map((slide) => slide.choices)).toEqual(
      FIXTURE_QUIZ.questions.map((question) => ('choices' in question ? question.choices : [])),
    );
  });

  it('makes slides of only the questions given', () => {
    const two = presentSlides(FIXTURE_QUIZ, chosenQuestions(FIXTURE_QUIZ, 2), '/p');
    expect(two.map((slide) => slide.id)).toEqual(['q-who', 'q-tf']);
  });

  it.each([
    [
      'timeline',
      TEST_QUESTIONS.timeline,
      'order',
      ['C', 'A', 'B', 'D'],
      '1. A → 2. B → 3. C → 4. D',
    ],
    [
      'matching',
      TEST_QUESTIONS.matching,
      'match',
      ['Ahn', 'China', 'Conservatives'],
      'Ahn → A · China → B · Conservatives → C',
    ],
    ['how-many', TEST_QUESTIONS.howMany, 'choice', [], 'A. One'],
  ] as const)(
    'a %s question: items and key of its shape',
    (_type, question, shape, items, answer) => {
      const [slide] = presentSlides(FIXTURE_QUIZ, [question], '/p');
      expect(slide).toMatchObject({ shape, items, answer });
    },
  );

  it('links each piece of evidence to its sentence, with a way back to the deck', () => {
    expect(slides[2]?.evidence).toEqual([
      {
        quote: 'Bob joined later.',
        paragraph: 1,
        sentenceId: 's-2',
        href: '/articles/fixture?from=%2Fteach%2Ffixture%2Fpresent#s-2',
      },
    ]);
  });
});

describe('isDense', () => {
  const short = { prompt: 'Who founded the club?', choices: ['Alice', 'Bob'], items: [] };
  it.each([
    ['short prompt and options', short, false],
    ['a prompt over 110 characters', { ...short, prompt: 'x'.repeat(111) }, true],
    ['a sentence as an option', { ...short, choices: ['Alice', 'y'.repeat(81)] }, true],
    ['a long event to order', { ...short, choices: [], items: ['z'.repeat(81)] }, true],
  ])('%s: %s', (_case, slide, dense) => {
    expect(isDense(slide)).toBe(dense);
  });
});

describe('answerLabel', () => {
  it.each([
    ['a short key, in full', 'B. Alice', 1, 'B. Alice'],
    ['a long option, by its letter (marked on screen)', `C. ${'w'.repeat(60)}`, 2, 'C (marked)'],
    ['a long key that is no option, in full', 'w'.repeat(70), null, 'w'.repeat(70)],
  ])('%s', (_case, answer, keyIndex, label) => {
    expect(answerLabel(answer, keyIndex)).toBe(label);
  });
});
