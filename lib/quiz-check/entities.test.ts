import { describe, expect, it } from 'vitest';
import {
  datesIn,
  declaredAliases,
  definedAcronyms,
  extractEntities,
  optionKind,
  sameDate,
} from './entities';
import { PARAGRAPHS } from './test-quiz';

describe('datesIn', () => {
  it.each([
    ['on 24 January 2017 he said', ['2017-01-24']],
    ['In 1066, the Normans invaded', ['1066']],
    ['on May 28, 2007, and in October 2012', ['2007-05-28', '2012-10']],
    ['in 2015 and the 1990s, with 2000 troops', ['2015']],
    ['a 70-year-long alliance and 1,500 people', []],
    ['In 2006, several analysts; in 1998. Then 2,0001 and 12.2010', ['2006', '1998']],
  ])('%s → %j', (text, keys) => {
    expect(datesIn(text).map((d) => d.key)).toEqual(keys);
  });

  it.each([
    ['24 January 2017', 'January 24, 2017', true],
    ['2017', '24 January 2017', true],
    ['23 April 2017', '24 January 2017', false],
  ])('sameDate(%s, %s) → %s', (a, b, expected) => {
    expect(sameDate(a, b)).toBe(expected);
  });
});

describe('definedAcronyms', () => {
  it.each([
    [
      'the Terminal High Altitude Area Defense (THAAD) system',
      [['THAAD', 'Terminal High Altitude Area Defense']],
    ],
    [
      'the Korea Air and Missile Defense (KAMD), and (OPCON)',
      [['KAMD', 'Korea Air and Missile Defense']],
    ],
    ['the ruling party (DPK)', []],
  ])('%s', (text, pairs) => {
    expect(definedAcronyms(text).map((a) => [a.acronym, a.expansion])).toEqual(pairs);
  });
});

describe('declaredAliases', () => {
  it.each([
    [
      'The United Kingdom of Great Britain and Northern Ireland, commonly known as the United Kingdom (UK) and colloquially Great Britain (GB) or simply Britain, is a sovereign country.',
      [
        [
          'United Kingdom of Great Britain and Northern Ireland',
          'United Kingdom',
          'UK',
          'Great Britain',
          'GB',
          'Britain',
        ],
      ],
    ],
    [
      'The flag is the Union Flag (also referred to as the Union Jack).',
      [['Union Flag', 'Union Jack']],
    ],
    ['Northern Ireland is also referred to as a "province".', []],
  ])('%s', (text, groups) => {
    expect(declaredAliases(text)).toEqual(groups);
  });
});

describe('extractEntities', () => {
  const entities = extractEntities(PARAGRAPHS);
  it('finds people with hyphenated Korean names, split from the party after "of the"', () => {
    expect(entities.people.map((p) => p.name).sort()).toEqual([
      'Ahn Cheol-soo',
      'Moon Jae-in',
      'Park Geun-hye',
      'Roh Moo-hyun',
    ]);
  });
  it('finds parties and places, and does not take "Defence Policy" or a term for a person', () => {
    expect(entities.organizations.map((o) => o.name).sort()).toEqual([
      'People’s Party',
      'Saenuri Party',
    ]);
    expect(entities.places).toEqual(expect.arrayContaining(['Seoul', 'Beijing', 'United States']));
  });

  it.each([
    ['Ahn Cheol-soo', 'person'],
    ['Saenuri Party', 'organization'],
    ['Beijing', 'place'],
    ['11 April 2017', 'date'],
    ['40%', 'number'],
    ['OPCON', 'acronym'],
    ['balanced diplomacy', 'other'],
    ['Atkinson Principles', 'other'],
  ])('optionKind(%s) → %s', (option, kind) => {
    expect(optionKind(option, entities)).toBe(kind);
  });
});
