/**
 * How the evaluation compares answers. Deliberately its own small rule, not the checker's or the
 * engine's: a figure that borrowed the engine's notion of "the same answer" would move with it.
 */

const LEADING_ARTICLE = /^(?:the|a|an) /;

/**
 * An answer folded for comparison: accents removed (Montaña → montana), lower case, periods inside
 * initialisms dropped (U.S. → us), apostrophes dropped (People’s → peoples), every other punctuation
 * mark and dash a space, whitespace collapsed, and one leading "the", "a" or "an" removed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\b((?:\p{L}\.){2,})/gu, (initials) => initials.replace(/\./g, ''))
    .replace(/['‘’‛`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}

/** Whitespace runs folded to one space and trimmed; nothing else changes. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Share of the longer answer's words the shorter one must have for containment to count as a match. */
export const MIN_WORD_SHARE = 0.6;

function containsWords(longer: readonly string[], shorter: readonly string[]): boolean {
  for (let i = 0; i + shorter.length <= longer.length; i++) {
    if (shorter.every((word, j) => longer[i + j] === word)) return true;
  }
  return false;
}

/**
 * Whether two answers name the same thing, for SQuAD coverage: after `normalizeAnswer`, they are equal,
 * or the shorter occurs in the longer as a run of whole words and has at least 60% of its words
 * ("Spanish word montaña" matches "the Spanish word montaña"; "1908" does not match "in a referendum
 * held in 1908"). Empty answers never match.
 */
export function sameAnswer(a: string, b: string): boolean {
  const x = normalizeAnswer(a);
  const y = normalizeAnswer(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [shortWords, longWords] = [x.split(' '), y.split(' ')].sort(
    (p, q) => p.length - q.length,
  ) as [string[], string[]];
  return (
    shortWords.length >= MIN_WORD_SHARE * longWords.length && containsWords(longWords, shortWords)
  );
}
