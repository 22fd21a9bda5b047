/** An acronym the article defines, e.g. "Terminal High Altitude Area Defense (THAAD)". */
export interface AcronymDefinition {
  short: string;
  long: string;
  /** Offsets into the sentence text of the long form and of the short form inside the parentheses. */
  longStart: number;
  longEnd: number;
  shortStart: number;
  shortEnd: number;
}

const PARENTHESIS = /\(([^()]{2,12})\)/g;

function isShortForm(candidate: string): boolean {
  return (
    /^[\p{L}][\p{L}\p{N}&.-]{1,9}$/u.test(candidate) &&
    (candidate.match(/\p{Lu}/gu)?.length ?? 0) >= 2 &&
    !/^\p{Lu}\p{Ll}+$/u.test(candidate)
  );
}

/**
 * Schwartz & Hearst (2003): walk the short form backwards, matching each letter in the words before
 * the parenthesis; the first letter must begin a word. Returns the start of the long form or -1.
 */
export function matchLongForm(short: string, text: string): number {
  const s = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const l = text.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    while (
      li >= 0 &&
      (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1] ?? '')))
    )
      li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  return li + 1;
}

/** Finds every "Long Form (SF)" definition in a sentence. */
/** Whether the capitalised words of a long form (small words skipped) spell the acronym. */
function initialsSpell(short: string, long: string): boolean {
  const initials = long
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  return initials === short.replace(/[^\p{L}]/gu, '').toUpperCase();
}

export function findAcronyms(sentence: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of sentence.matchAll(PARENTHESIS)) {
    const short = (m[1] ?? '').trim();
    if (!isShortForm(short)) continue;
    const before = sentence.slice(0, m.index).replace(/\s+$/, '');
    const words = before.split(/\s+/);
    const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
    // Schwartz–Hearst's window, widened for long names with small words ("Convention on the
    // Prevention and Punishment of the Crime of Genocide (CPPCG)").
    const window = Math.max(Math.min(letters + 5, letters * 2), letters + 6);
    const candidateWords = words.slice(Math.max(0, words.length - window));
    const candidate = candidateWords.join(' ');
    const offset = before.length - candidate.length;
    const relative = matchLongForm(short, candidate);
    if (relative < 0) continue;
    let long = candidate.slice(relative).replace(/^[^\p{L}\p{N}]+/u, '');
    let longStart = offset + relative + (candidate.slice(relative).length - long.length);
    // "the American Association for the Advancement of Science (AAAS)": a letter matched inside a
    // word ("Association") leaves out the capitalised word before whose initial it is.
    const previous = /(\p{Lu}\p{L}+)\s+$/u.exec(before.slice(0, longStart));
    if (previous && !initialsSpell(short, long) && initialsSpell(short, `${previous[1]} ${long}`)) {
      long = `${previous[1]} ${long}`;
      longStart -= previous[0].length;
    }
    const longWords = long.split(/\s+/).filter(Boolean);
    // A long form starts with a capital and is made of the acronym's letters, not a whole clause.
    if (longWords.length < 2 || longWords.length > letters + 3 || !/^\p{Lu}/u.test(long)) continue;
    // "B Lima (Samoa), J Fourie (SA)": a team list's brackets and initials are no long form.
    if (/[()[\];]/.test(long) || longWords.some((w) => /^\p{Lu}\.?$/u.test(w))) continue;
    const shortStart = (m.index ?? 0) + 1 + (m[1] ?? '').indexOf(short);
    out.push({
      short,
      long,
      longStart,
      longEnd: longStart + long.length,
      shortStart,
      shortEnd: shortStart + short.length,
    });
  }
  return out;
}
