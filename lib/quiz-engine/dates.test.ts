import { describe, expect, it } from 'vitest';
import { datesOverlap, findDates, makeDate, parseIsoDate, shiftedDates } from './dates';

const notCurrent = { current: false };

describe('findDates', () => {
  it.each([
    ['Moon Jae-in said 24 January 2017 said that', '24 January 2017', 'day', 'adverbial'],
    ['On October 7, 1958, Martial Law was promulgated.', '7 October 1958', 'day', 'adverbial'],
    ['It was dissolved in October, 1954.', 'October 1954', 'month', 'adverbial'],
    ['the agreement reached in 2015 on wartime sexual slavery', '2015', 'year', 'adverbial'],
    ['over the 2017 impeachment of President Park', '2017', 'year', 'modifier'],
    ['which framed the 1962 Constitution', '1962', 'year', 'modifier'],
    ['an interim Constitution in the year 1972.', '1972', 'year', 'adverbial'],
  ])('reads %j as %s (%s, %s)', (text, label, granularity, role) => {
    const [found] = findDates(text, notCurrent);
    expect(found?.date.label).toBe(label);
    expect(found?.date.granularity).toBe(granularity);
    expect(found?.role).toBe(role);
    expect(found?.relative).toBe(false);
  });

  it('marks both ends of a span as a range', () => {
    expect(
      findDates('From 1910 to 1973, the Star published a supplement.', notCurrent).map(
        (d) => d.role,
      ),
    ).toEqual(['range', 'range']);
  });

  it('ignores numbers that are not years', () => {
    expect(
      findDates('The Senate grew from 87 to 100 members and 1,286 words.', notCurrent),
    ).toEqual([]);
  });

  it.each([
    ['suspended in February last year', '2018-05-13', true, 'February 2017'],
    ['suspended in February last year', '2018-05-13', false, undefined],
    ['Moon said Tuesday that', '2017-04-13', true, '11 April 2017'],
    ['Moon said Tuesday that', '2018-05-13', false, undefined],
  ])(
    'resolves %j against %s only when the date is the writing date (%s)',
    (text, iso, current, label) => {
      const found = findDates(text, { articleDate: parseIsoDate(iso), current });
      expect(found[0]?.date.label).toBe(label);
      if (label) expect(found[0]?.relative).toBe(true);
    },
  );
});

describe('makeDate and datesOverlap', () => {
  it('rejects impossible calendar dates', () => {
    expect(makeDate(2017, 2, 30)).toBeUndefined();
    expect(makeDate(2017, 13)).toBeUndefined();
  });

  it.each([
    [makeDate(2017, 4), makeDate(2017, 4, 23), true],
    [makeDate(2017), makeDate(2017, 1, 24), true],
    [makeDate(2017, 4, 20), makeDate(2017, 4, 23), false],
    [makeDate(2015), makeDate(2017), false],
  ])('overlap of %o and %o is %s', (a, b, expected) => {
    expect(datesOverlap(a!, b!)).toBe(expected);
  });
});

describe('shiftedDates', () => {
  it.each([makeDate(2017, 4, 23), makeDate(2017, 4), makeDate(1973)])(
    'keeps the precision of %o and never repeats it',
    (date) => {
      const shifted = shiftedDates(date!);
      expect(shifted.length).toBeGreaterThanOrEqual(3);
      for (const other of shifted) {
        expect(other.granularity).toBe(date!.granularity);
        expect(datesOverlap(other, date!)).toBe(false);
      }
    },
  );
});
