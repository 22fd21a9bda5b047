/** A sentence as a half-open character range [start, end) of the passage text it belongs to. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Words that end with a period without ending a sentence (compared lower-cased, without the period).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'assn',
  'est',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'al',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
  'ca',
  'c',
  'op',
  'ed',
  'eds',
  'trans',
]);

// Abbreviations that only abbreviate before a number ("No. 5", "Art. 59"); "No." alone is a word.
const NUMBER_ABBREVIATIONS = new Set([
  'no',
  'nos',
  'vol',
  'vols',
  'pp',
  'p',
  'fig',
  'ch',
  'art',
  'sec',
]);

// After an initialism such as "U.S." a capitalised word usually continues the sentence ("U.S. President"),
// unless it is one of these typical sentence openers.
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'as',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'however',
  'meanwhile',
  'moreover',
  'also',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'some',
  'many',
  'most',
  'no',
  'not',
  'one',
  'two',
  'both',
  'each',
  'every',
  'such',
  'according',
  'although',
  'though',
  'despite',
  'during',
  'instead',
  'still',
  'then',
  'thus',
  'what',
  'who',
  'why',
  'how',
  'where',
  'which',
  'officials',
  'critics',
  'analysts',
]);

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

function isUpperStart(char: string | undefined): boolean {
  return char !== undefined && /[\p{Lu}\p{N}]/u.test(char);
}

function wordBefore(text: string, dotIndex: number): string {
  let i = dotIndex;
  while (i > 0 && /[\p{L}\p{N}.\-]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dotIndex);
}

function wordAfter(text: string, index: number): string {
  const match = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(index));
  return match ? match[0] : '';
}

/** Does the period at `dotIndex` end a sentence, given the next sentence would start at `nextIndex`? */
function periodEndsSentence(text: string, dotIndex: number, nextIndex: number): boolean {
  const word = wordBefore(text, dotIndex);
  const bare = word.replace(/^[-.]+/, '');
  const lower = bare.toLowerCase();
  const next = wordAfter(text, nextIndex).toLowerCase();
  // Initialisms: "U.S.", "Korea-U.S.", "U.N.", and single initials such as "J." in "J. K. Rowling".
  const lastSegment = bare.split('-').pop() ?? '';
  const isInitialism = /^(?:\p{L}\.)+\p{L}$/u.test(lastSegment) || /^\p{Lu}$/u.test(lastSegment);
  if (isInitialism) {
    // 'since Prisoner Cell Block H." Labour had …': a closing quotation mark after the letter
    // ends the sentence; an initial inside a name is never quoted apart from it.
    if (/^["”’)]/.test(text.slice(dotIndex + 1, dotIndex + 2))) return true;
    // "A. A. Milne": an initial followed by another initial continues the name.
    if (/^\p{Lu}\.\s/u.test(text.slice(nextIndex, nextIndex + 3))) return false;
    return SENTENCE_OPENERS.has(next);
  }
  if (ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\d/.test(next)) return false;
  return true;
}

/**
 * Splits one paragraph into sentences. Handles abbreviations and initials ("Mr.", "U.S.", "J. K."),
 * decimals, ellipses (a four-dot ellipsis ends a sentence, three dots do not), and sentences that end
 * inside closing quotes or brackets (`."`, `.”`, `?)`). Returned ranges cover the text without the
 * surrounding whitespace.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  let inQuote = false;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') inQuote = !inQuote;
    else if (char === '“') inQuote = true;
    else if (char === '”') inQuote = false;
    if (char === '.' || char === '!' || char === '?' || char === '…') {
      let end = i + 1;
      while (end < text.length && /[.!?…]/.test(text[end] ?? '')) end++;
      const run = text.slice(i, end);
      while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
      const afterSpace = skipSpace(text, end);
      const hasSpace = afterSpace > end;
      let nextIndex = afterSpace;
      while (nextIndex < text.length && OPENERS.includes(text[nextIndex] ?? '')) nextIndex++;
      const nextStartsSentence = hasSpace && isUpperStart(text[nextIndex]);
      let boundary = false;
      if (nextStartsSentence) {
        if (run === '.') boundary = periodEndsSentence(text, i, nextIndex);
        else if (run === '...' || run === '…') boundary = false;
        else boundary = true;
      }
      // A quote mark right after the stop ("first.") closes the quotation at this sentence's end.
      for (let k = i + 1; k < end; k++) {
        const closer = text[k];
        if (closer === '"' || closer === '”') inQuote = false;
      }
      // A quotation that goes on past this sentence and closes with a comma ("…. …," he said) stays
      // whole with its attribution, so the speaker and every word of the quote share one sentence.
      if (boundary && inQuote && quoteContinuesToAttribution(text, end)) boundary = false;
      if (boundary) {
        inQuote = false;
        spans.push({ start, end });
        start = afterSpace;
      }
      i = Math.max(end, i + 1);
      continue;
    }
    i++;
  }
  const tailEnd = trimEnd(text, text.length);
  if (tailEnd > start) spans.push({ start, end: tailEnd });
  return spans;
}

function quoteContinuesToAttribution(text: string, from: number): boolean {
  const rest = text.slice(from);
  const close = rest.search(/["”]/);
  if (close < 0) return false;
  return /[,—–-]\s*$/.test(rest.slice(0, close));
}

function skipSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string, index: number): number {
  let i = index;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}
