/**
 * Marks a typed answer the way a fair teacher would: case, punctuation, accents, spacing and a leading
 * article do not matter, accepted variants count, and one slip of the keys (a swap, a missing, extra or
 * wrong letter) is forgiven in words of five letters or more. Numbers and years must be exact: "1950"
 * is not "1953".
 */

const LEADING_ARTICLE = /^(the|a|an)\s+/;

/**
 * "£28.7m", "$11.1bn" and "28.7 million" are one amount: a magnitude written as a letter is written
 * out ("m" only after a currency sign or a decimal, so "200m" of distance stays metres).
 */
function spellMagnitudes(text: string): string {
  return text
    .replace(/(\d)\s?(?:bn|b)\b/gi, '$1 billion')
    .replace(/(\d)\s?(?:tn|trn)\b/gi, '$1 trillion')
    .replace(/([$£€¥]\s?\d[\d,.]*|\d+\.\d+)\s?m\b/gi, '$1 million');
}

/** "  The People’s  Party! " → "peoples party"; "£28.7m" → "28 7 million". */
export function normalizeAnswer(text: string): string {
  return spellMagnitudes(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function damerauLevenshtein(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

function wordsForgiveOneSlip(given: string[], expected: string[]): boolean {
  if (given.length !== expected.length) return false;
  let slips = 0;
  for (let index = 0; index < expected.length; index++) {
    const want = expected[index] as string;
    const got = given[index] as string;
    if (want === got) continue;
    // Digits carry the meaning (a year, a count): never forgive them.
    if (/\d/.test(want) || /\d/.test(got)) return false;
    if (want.length < 5 || damerauLevenshtein(want, got) > 1) return false;
    slips++;
  }
  return slips <= 1;
}

/** True when `input` is the answer or an accepted variant, allowing for the tolerances above. */
export function isAcceptedAnswer(
  input: string,
  answer: string,
  acceptedAnswers: readonly string[] = [],
): boolean {
  const given = normalizeAnswer(input);
  if (!given) return false;
  return [answer, ...acceptedAnswers].some((candidate) => {
    const expected = normalizeAnswer(candidate);
    if (!expected) return false;
    if (given === expected) return true;
    if (given.replace(/ /g, '') === expected.replace(/ /g, '')) return true;
    return wordsForgiveOneSlip(given.split(' '), expected.split(' '));
  });
}
