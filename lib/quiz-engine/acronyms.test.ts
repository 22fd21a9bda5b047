import { describe, expect, it } from 'vitest';
import { findAcronyms, matchLongForm } from './acronyms';

describe('findAcronyms', () => {
  it.each([
    [
      'the ongoing installation of a U.S. Terminal High Altitude Area Defense (THAAD) battery',
      'THAAD',
      'Terminal High Altitude Area Defense',
    ],
    [
      'the Kill Chain system and the Korean Air and Missile Defense (KAMD) plan',
      'KAMD',
      'Korean Air and Missile Defense',
    ],
    [
      'raised the membership through the Legal Framework Order (LFO), 2002',
      'LFO',
      'Legal Framework Order',
    ],
    ['endorsed the New Democratic Party (NDP) in 2011', 'NDP', 'New Democratic Party'],
  ])('reads the definition in %j', (sentence, short, long) => {
    const [definition] = findAcronyms(sentence);
    expect(definition?.short).toBe(short);
    expect(definition?.long).toBe(long);
    expect(sentence.slice(definition?.longStart, definition?.longEnd)).toBe(long);
    expect(sentence.slice(definition?.shortStart, definition?.shortEnd)).toBe(short);
  });

  it.each([
    ['a year in brackets', 'The law was passed (2017) by parliament.'],
    [
      'a gloss that is not an acronym',
      'The Senate of Pakistan (Aiwān-i bālā Pākistān), is the upper chamber.',
    ],
    ['letters the words before do not spell', 'He met the local council (WHO) yesterday.'],
    ['a capitalised word, not an acronym', 'The capital (Seoul) is large.'],
  ])('finds nothing in %s', (_name, sentence) => {
    expect(findAcronyms(sentence)).toEqual([]);
  });
});

describe('matchLongForm', () => {
  it.each([
    ['HMM', 'a hidden Markov model', 2],
    ['THAAD', 'of a Terminal High Altitude Area Defense', 5],
    ['XYZ', 'nothing matches here', -1],
  ])('%s in %j starts at %i', (short, text, start) => {
    expect(matchLongForm(short, text)).toBe(start);
  });
});
