import { describe, expect, it } from 'vitest';
import { optionColumns } from './print-layout';

describe('optionColumns', () => {
  it.each([
    ['true or false', ['True', 'False'], 4],
    ['names', ['Moon Jae-in', 'Park Geun-hye', 'Ahn Cheol-soo', 'of Korea'], 4],
    ['exactly the side-by-side limit', ['x'.repeat(16)], 4],
    ['one option just past it', ['Japan', 'x'.repeat(17)], 2],
    [
      'expansions of an acronym',
      ['Korean Air and Missile Defense', 'Kill Air and Missile Defense'],
      2,
    ],
    ['exactly the two-by-two limit', ['x'.repeat(36)], 2],
    [
      'one expansion too long to sit beside another',
      ['Terminal High Altitude Area Defense', 'Terminal High Altitude Assembly Defense'],
      1,
    ],
    [
      'sentences',
      ['Moon Jae-in said 24 January 2017 that South Korea should seek balance.', 'No.'],
      1,
    ],
    ['spaces do not count', ['   True   ', 'False'], 4],
    ['no options', [], 4],
  ] as const)('%s', (_case, options, columns) => {
    expect(optionColumns(options)).toBe(columns);
  });
});
