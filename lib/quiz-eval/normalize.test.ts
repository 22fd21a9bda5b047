import { describe, expect, it } from 'vitest';
import { normalizeAnswer, normalizeSpace, sameAnswer } from './normalize';

describe('normalizeAnswer', () => {
  it.each([
    ['The Moon Jae-in', 'moon jae in'],
    ['moon jae-in.', 'moon jae in'],
    ['U.S.', 'us'],
    ['the U.S. Senate', 'us senate'],
    ['People’s Party', 'peoples party'],
    ["People's Party", 'peoples party'],
    ['montaña', 'montana'],
    ['  A  referendum ', 'referendum'],
    ['An election', 'election'],
    ['Theatre', 'theatre'],
    ['2–1', '2 1'],
    ['"Big Sky Country"', 'big sky country'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe('normalizeSpace', () => {
  it('folds runs of whitespace and trims', () => {
    expect(normalizeSpace('  a\n\tb   c ')).toBe('a b c');
  });
});

describe('sameAnswer', () => {
  it.each([
    ['equal after normalising', 'The Spanish word', 'spanish word', true],
    ['accents and case', 'Montaña', 'MONTANA', true],
    [
      'shorter inside longer with 3 of 4 words',
      'Spanish word montaña',
      'from the Spanish word montaña',
      true,
    ],
    ['shorter has 3 of 5 words', 'grizzly bear won', 'the grizzly bear won over elk', true],
    ['shorter has under 60% of the words', '1908', 'in a referendum held in 1908', false],
    ['one of two words is 50%', 'Moon', 'Moon Jae-in', false],
    ['part of a word is not a word', 'Mon', 'Montana', false],
    ['words present but not as a run', 'Spanish montaña', 'Spanish word montaña', false],
    ['different', 'Helena', 'Billings', false],
    ['empty never matches', '', '', false],
  ])('%s: %j ~ %j → %s', (_, a, b, expected) => {
    expect(sameAnswer(a, b)).toBe(expected);
    expect(sameAnswer(b, a)).toBe(expected);
  });
});
