import { describe, expect, it } from 'vitest';
import { findAcronyms, matchLongForm } from './acronyms';

describe('findAcronyms', () => {
  it.each<[string, Array<[short: string, long: string]>]>([
    // A letter S–H matches inside a word ("Association") would leave out "American".
    [
      'He told the annual meeting of the American Association for the Advancement of Science (AAAS) in Washington.',
      [['AAAS', 'American Association for the Advancement of Science']],
    ],
    // A team list's brackets and initials are no long form.
    ['C Latham (Australia); B Lima (Samoa), J Fourie (SA) T Umaga (New Zealand).', []],
    [
      'Moon said South Korea can push ahead with the installation of a U.S. Terminal High Altitude Area Defense (THAAD) battery.',
      [['THAAD', 'Terminal High Altitude Area Defense']],
    ],
    [
      'Moon pledged to speed up the Korean Air and Missile Defense (KAMD) plan.',
      [['KAMD', 'Korean Air and Missile Defense']],
    ],
    [
      'The country, commonly known as the United Kingdom (UK) and colloquially Great Britain (GB) or simply Britain, is a sovereign country.',
      [
        ['UK', 'United Kingdom'],
        ['GB', 'Great Britain'],
      ],
    ],
    [
      'In a United States Geological Survey (USGS) study, preliminary rupture models indicated displacement.',
      [['USGS', 'United States Geological Survey']],
    ],
    [
      'According to a study by the China Earthquake Administration (CEA), the earthquake occurred along the Longmenshan fault.',
      [['CEA', 'China Earthquake Administration']],
    ],
    [
      'The International Criminal Tribunal for the Former Yugoslavia (ICTY) found that genocide had been committed.',
      [['ICTY', 'International Criminal Tribunal for the Former Yugoslavia']],
    ],
    [
      'The government raised the membership through the Legal Framework Order (LFO), 2002.',
      [['LFO', 'Legal Framework Order']],
    ],
    [
      'The Organisation for Economic Co-operation and Development (OECD) published the report.',
      [['OECD', 'Organisation for Economic Co-operation and Development']],
    ],
    [
      'Mugabe led the Zimbabwe African National Union - Patriotic Front (ZANU-PF) for decades.',
      [['ZANU-PF', 'Zimbabwe African National Union - Patriotic Front']],
    ],
    [
      'The North Atlantic Treaty Organization (NATO) was founded in 1949.',
      [['NATO', 'North Atlantic Treaty Organization']],
    ],
    ['The Department of Defense (DoD) budget will grow.', [['DoD', 'Department of Defense']]],
    [
      'Staff at the Australian Broadcasting Corporation (ABC) were briefed.',
      [['ABC', 'Australian Broadcasting Corporation']],
    ],
    ['The Tax Policy Center (TPC) estimated the cost.', [['TPC', 'Tax Policy Center']]],
    // Parentheses that define nothing.
    ['It is defined by the Metropolitan Statistical Area (20.1 million residents).', []],
    [
      'The exact nature of relations between Tibet and the Ming dynasty of China (1368–1644) is unclear.',
      [],
    ],
    ['Kublai Khan (r. 1260–1294) was the Mongol leader.', []],
    ['The Majlis-i-Shoora (Parliament) of Pakistan consists of the President and two Houses.', []],
    ['The tribunal met in The Hague (the Netherlands) in 2001.', []],
    ['The Ombudsman (or, where ASIO is involved, the Inspector-General) will receive a copy.', []],
  ])('%s', (sentence, expected) => {
    const found = findAcronyms(sentence);
    expect(found.map((a) => [a.short, a.long])).toEqual(expected);
    // The offsets point at the words themselves.
    for (const a of found) {
      expect(sentence.slice(a.longStart, a.longEnd)).toBe(a.long);
      expect(sentence.slice(a.shortStart, a.shortEnd)).toBe(a.short);
    }
  });
});

describe('matchLongForm', () => {
  it.each<[string, string, string | undefined]>([
    ['THAAD', 'a U.S. Terminal High Altitude Area Defense', 'Terminal High Altitude Area Defense'],
    ['CEA', 'a study by the China Earthquake Administration', 'China Earthquake Administration'],
    ['DoD', 'The Department of Defense', 'Department of Defense'],
    // Every letter must be found, the first at the start of a word.
    ['XYZ', 'the Terminal High Altitude Area Defense', undefined],
    ['UN', 'the General Assembly', undefined],
  ])('%s in "%s"', (short, text, expected) => {
    const start = matchLongForm(short, text);
    expect(start < 0 ? undefined : text.slice(start)).toBe(expected);
  });
});
