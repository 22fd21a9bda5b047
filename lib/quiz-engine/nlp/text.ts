import nlp from './library';

/**
 * Small questions about loose text for readers outside the engine (the quiz checker), through the
 * same library: the checker is a second opinion on the engine's output, so it reads text itself, but
 * only this adapter imports compromise. Short texts are cached: checks ask about the same names often.
 */

type Lexicon = Record<string, string | string[]>;

/** compromise's word list: word → its tag(s). */
export const lexicon: Lexicon = (
  nlp as unknown as { model(): { one: { lexicon: Lexicon } } }
).model().one.lexicon;

/** The tags compromise's word list gives a word, lower case (none when it does not know it). */
export function lexiconTags(word: string): readonly string[] {
  const known = lexicon[word.toLowerCase()];
  return known === undefined ? [] : Array.isArray(known) ? known : [known];
}

const hasCache = new Map<string, boolean>();

/** Whether a compromise match pattern finds anything in `text`. */
export function textHas(text: string, pattern: string): boolean {
  const key = `${pattern}\u0000${text}`;
  let found = hasCache.get(key);
  if (found === undefined) {
    found = nlp(text).has(pattern);
    if (text.length < 200) hasCache.set(key, found);
  }
  return found;
}

/** The words a pattern matches in `text`, one string per match. */
export function textMatches(text: string, pattern: string): string[] {
  return nlp(text).match(pattern).out('array') as string[];
}

/** How many of a text's words a pattern matches, and how many words it has. */
export function termShare(text: string, pattern: string): { matched: number; total: number } {
  const terms = nlp(text).terms();
  return { matched: terms.match(pattern).length, total: terms.length };
}

/** Whether the part of `text` before a point names something: a noun that is not a pronoun, date or number. */
export function namesSomething(text: string): boolean {
  return nlp(text).match('(#Noun|#Acronym)').not('(#Pronoun|#Date|#Value)').found;
}

/** One plain parse of a text, its terms read out: the least any engine on this library spends (benchmarks' baseline). */
export function plainParse(text: string): number {
  return (nlp(text).json() as unknown[]).length;
}
