import type { Sentence, Token, TokenRange } from './document';

/** The sentence's own text over a token range, exactly as written. */
export function spanText(sentence: Sentence, range: TokenRange): string {
  const first = sentence.tokens[range.start];
  const last = sentence.tokens[range.end - 1];
  if (!first || !last || range.end <= range.start) return '';
  return sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
}

/** What is written between token i-1 and token i ("", " ", ", ", " (" …). */
export function gapBefore(sentence: Sentence, i: number): string {
  const token = sentence.tokens[i];
  if (!token) return '';
  const previous = sentence.tokens[i - 1];
  const from = previous ? previous.end : sentence.start;
  return sentence.text.slice(from - sentence.start, token.start - sentence.start);
}

/** What is written after the last token of a range up to the next token (or the sentence end). */
export function gapAfter(sentence: Sentence, i: number): string {
  const token = sentence.tokens[i];
  if (!token) return '';
  const next = sentence.tokens[i + 1];
  const to = next ? next.start : sentence.end;
  return sentence.text.slice(token.end - sentence.start, to - sentence.start);
}

export function isCapitalized(token: Token | undefined): boolean {
  return !!token && /^\p{Lu}/u.test(token.text);
}

export function hasTag(token: Token | undefined, ...tags: string[]): boolean {
  return !!token && tags.some((tag) => token.tags.has(tag));
}

/** True when nothing but spaces separates the tokens of the range. */
export function isUnbroken(sentence: Sentence, range: TokenRange): boolean {
  for (let i = range.start + 1; i < range.end; i++)
    if (gapBefore(sentence, i).trim() !== '') return false;
  return true;
}
