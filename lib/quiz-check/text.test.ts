import { describe, expect, it } from 'vitest';
import {
  aliasesOf,
  areAliases,
  couldNameSameThing,
  containsPhrase,
  contentOverlap,
  initialsOf,
  mentions,
  normalize,
} from './text';

describe('normalize', () => {
  it.each([
    ['U.S. tactical weapons', 'us tactical weapons'],
    ['People’s Party', 'people party'],
    ['“Balanced” diplomacy — now', 'balanced diplomacy - now'],
  ])('%s → %s', (input, output) => {
    expect(normalize(input)).toBe(output);
  });
});

describe('containsPhrase', () => {
  it.each([
    ['Moon had not said whether', 'Moon', true],
    ['the Moonies met', 'Moon', false],
    ['weapons in the U.S. and', 'US', true],
    ['the People’s Party nominee', "People's Party", true],
    ['anything', '', false],
    ['see ISO 3166-1 alpha-3', '1', true],
    ['the visionary poet William Blake', 'William Wordsworth', false],
  ])('%s ∋ %s → %s', (text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });
});

describe('aliasesOf / areAliases', () => {
  it('gives a person their family and given name parts, not an organisation', () => {
    expect(aliasesOf('Moon Jae-in')).toEqual(['Moon Jae-in', 'Moon']);
    expect(aliasesOf('William Blake')).toEqual(['William Blake', 'Blake']);
    expect(aliasesOf('Great Britain')).toEqual(['Great Britain', 'GB']);
    expect(aliasesOf('Democratic Party of Korea')).not.toContain('Korea');
    expect(aliasesOf('Kim Jong Un')).not.toContain('Un');
  });

  it.each([
    ['US', 'United States', true],
    ['U.S.', 'US', true],
    ['Moon', 'Moon Jae-in', true],
    ['THAAD', 'Terminal High Altitude Area Defense', true],
    ['the National Assembly', 'National Assembly', true],
    ['Moon Jae-in', 'Ahn Cheol-soo', false],
    ['North Korea', 'South Korea', false],
    ['Beijing', 'China', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(areAliases(a, b)).toBe(expected);
    expect(areAliases(b, a)).toBe(expected);
  });

  it('takes initials of significant words only', () => {
    expect(initialsOf('Korea Air and Missile Defense')).toBe('kamd');
  });
});

describe('mentions', () => {
  it.each([
    ['In 2012, the Star announced a paywall.', 'Toronto Star', true],
    ['He was the star of the show.', 'Toronto Star', false],
    ['The Star states that it favours a big tent.', 'Toronto Star', true],
    [
      "sometimes referred to as the 'Scottish School of Common Sense'.",
      'Scottish School of Common Sense',
      true,
    ],
    ['Moon had not definitively said whether', 'Moon Jae-in', true],
    ['the visionary poet William Blake', 'William Wordsworth', false],
    ['adherents to the Church of England', 'Roman Catholic Church', false],
    ['The Church in Wales was disestablished in 1920', 'Church of Ireland', false],
  ])('%s mentions %s → %s', (text, name, expected) => {
    expect(mentions(text, name)).toBe(expected);
  });
});

describe('contentOverlap', () => {
  it.each([
    [
      'Ahn suggested a referendum on THAAD',
      'Ahn Cheol-soo also suggested a referendum concerning THAAD deployment.',
      1,
    ],
    ['Ahn wrote novels', 'Ahn Cheol-soo suggested a referendum.', 1 / 3],
    ['', 'anything', 0],
  ])('%s in %s → %s', (statement, evidence, share) => {
    expect(contentOverlap(statement, evidence)).toBeCloseTo(share);
  });
});

describe('couldNameSameThing', () => {
  it.each([
    ['Star', 'Toronto Daily Star', true],
    ['Toronto Daily Star', 'Toronto Star Newspapers Ltd', true],
    ['Korea', 'South Korea', false],
    ['Ireland', 'Northern Ireland', false],
    ['Britain', 'Great Britain', true],
    ['Moon', 'Moon Jae-in', true],
    ['North Korea', 'South Korea', false],
    ['United States', 'United Kingdom', false],
    ['Terminal High Altitude Area Defense', 'Korea Air and Missile Defense', false],
    ['Ahn Cheol-soo', 'Park Geun-hye', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(couldNameSameThing(a, b)).toBe(expected);
  });
});
