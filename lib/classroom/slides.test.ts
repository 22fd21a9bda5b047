import { describe, expect, it } from 'vitest';
import { presentSlides } from './slides';
import { FIXTURE_QUIZ } from './test-fixtures';

describe('presentSlides', () => {
  const slides = presentSlides(FIXTURE_QUIZ, '/teach/fixture/present');

  it('keeps every question type, with the key in words', () => {
    expect(slides.map((slide) => [slide.type, slide.answer])).toEqual([
      ['who', 'A. Alice'],
      ['fill-in', 'Mondays'],
      ['true-false', 'False'],
    ]);
  });

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
