import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, isAcceptedAnswer, normalizeAnswer } from './tolerant-match';

describe('normalizeAnswer', () => {
  it.each([
    ['  The People’s  Party! ', 'peoples party'],
    ['Kaesŏng', 'kaesong'],
    ['AN apple', 'apple'],
    ['U.S.', 'u s'],
    ['Law & Order', 'law and order'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe('damerauLevenshtein', () => {
  it.each([
    ['kaesong', 'kaesong', 0],
    ['kaesong', 'kaesnog', 1],
    ['kaesong', 'kaesng', 1],
    ['kaesong', 'kaesongg', 1],
    ['kaesong', 'kaezong', 1],
    ['kaesong', 'kesnog', 2],
    ['', 'abc', 3],
  ])('%s vs %s = %i', (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
  });
});

describe('isAcceptedAnswer', () => {
  const cases: [string, string, string[], boolean][] = [
    ['Kaesong', 'Kaesong', [], true],
    ['kaesong', 'Kaesong', [], true],
    ['  KAESONG. ', 'Kaesong', [], true],
    ['Kaesŏng', 'Kaesong', [], true],
    ['Gaeseong', 'Kaesong', ['Gaeseong'], true],
    ['Kaesnog', 'Kaesong', [], true], // one swap in a long word
    ['Kesnog', 'Kaesong', [], false], // two slips
    ['the Peoples Party', 'People’s Party', [], true],
    ["People's party", 'People’s Party', [], true],
    ['Peple’s Party', 'People’s Party', [], true],
    ['Peple’s Prty', 'People’s Party', [], false], // a slip in two words
    ['Moon', 'Moan', [], false], // short words must be exact
    ['1953', '1950', [], false], // numbers never forgiven
    ['1950', '1950', [], true],
    ['24 January 2016', '24 January 2017', [], false],
    ['Jenuary 2017', 'January 2017', [], true],
    ['Seoul', 'Pyongyang', [], false],
    ['', 'Kaesong', [], false],
    ['!!!', 'Kaesong', [], false],
    ['Ahn Cheolsoo', 'Ahn Cheol-soo', [], true],
    ['AhnCheol-soo', 'Ahn Cheol-soo', [], true],
    ['£28.7 million', '£28.7m', [], true], // a magnitude written out is the same amount
    ['28.7m', '£28.7m', ['28.7m'], true],
    ['$11.1 billion', '$11.1bn', [], true],
    ['11.1 billion', '$11.1bn', [], true],
    ['11.2 billion', '$11.1bn', [], false],
    ['200 million', '200m', [], false], // "200m" may be metres
  ];
  it.each(cases)('%j for %j (accepting %j) → %s', (input, answer, accepted, expected) => {
    expect(isAcceptedAnswer(input, answer, accepted)).toBe(expected);
  });
});
