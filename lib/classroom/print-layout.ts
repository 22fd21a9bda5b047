/**
 * How many columns a question's options take on the printed page: short options side by side (True /
 * False, names, years), longer ones two by two, sentences one a line. Measured by the longest option,
 * so every column of a question is as wide as the others.
 */
export function optionColumns(options: readonly string[]): 1 | 2 | 4 {
  const longest = Math.max(0, ...options.map((option) => option.trim().length));
  if (longest <= SIDE_BY_SIDE) return 4;
  if (longest <= TWO_BY_TWO) return 2;
  return 1;
}

// At 10.5pt an A4 line holds about 100 characters: a quarter of it, less the letter and its circle,
// leaves about 18; half leaves about 40 (less again for a wider font).
const SIDE_BY_SIDE = 16;
const TWO_BY_TWO = 36;
