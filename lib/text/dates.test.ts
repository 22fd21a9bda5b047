import { describe, expect, it } from 'vitest';
import { parseStatedDate } from './dates';

describe('parseStatedDate', () => {
  it.each([
    ['Page last modified: 13-05-2018 17:52:49 ZULU', '2018-05-13'],
    ['Updated 2019-11-02', '2019-11-02'],
    ['Last updated 4 March 2020', '2020-03-04'],
    ['Published May 13, 2018', '2018-05-13'],
    ['Modified 12/25/2017', '2017-12-25'],
    ['Modified 25/12/2017', '2017-12-25'],
    ['Last modified: 31-02-2018', undefined],
    ['no date here', undefined],
  ])('reads %j', (text, expected) => {
    expect(parseStatedDate(text)).toBe(expected);
  });
});
