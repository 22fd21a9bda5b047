import nlp from 'compromise';
import type { Passage } from '@/lib/text/article';

/** A word or punctuation mark of a sentence; `start`/`end` index into the passage text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** compromise part-of-speech tags of the word(s) under this token. */
  tags: ReadonlySet<string>;
  /** compromise's root form (infinitive for verbs), when it gives one. */
  root?: string;
}

/** A paragraph sentence with its tokens, in reading order across the article. */
export interface SentenceInfo {
  id: string;
  passageId: string;
  /** ¶ number of the paragraph. */
  paragraph: number;
  /** Position of the sentence in the article (0-based, paragraphs only). */
  index: number;
  /** Position of the sentence inside its paragraph. */
  indexInParagraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Dotted initials (U.S.), words with inner hyphens/apostrophes/periods, numbers with separators,
// the possessive clitic, and single punctuation marks.
const TOKEN =
  /[\p{L}]+-(?:\p{Lu}\.){2,}|(?:\p{Lu}\.){2,}|\p{N}+(?:[.,]\p{N}+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/;
const KEEP_CONTRACTION = new Set([
  "it's",
  'it’s',
  "that's",
  'that’s',
  "let's",
  'let’s',
  "he's",
  'he’s',
  "she's",
  'she’s',
  "there's",
  'there’s',
  "what's",
  'what’s',
]);

const EMPTY = new Set<string>();

/**
 * Tags every paragraph once with compromise (the expensive step: one parse per paragraph, never per
 * question) and splits each sentence into tokens carrying those tags.
 */
export function tokenizeArticle(passages: readonly Passage[]): SentenceInfo[] {
  const sentences: SentenceInfo[] = [];
  for (const passage of passages) {
    if (passage.kind !== 'paragraph' || passage.number === null) continue;
    const tagsAt = tagPassage(passage.text);
    passage.sentences.forEach((sentence, indexInParagraph) => {
      const tokens: Token[] = [];
      TOKEN.lastIndex = 0;
      for (const match of sentence.text.matchAll(TOKEN)) {
        const start = sentence.start + (match.index ?? 0);
        const word = match[0];
        const possessive = POSSESSIVE.exec(word);
        if (
          possessive &&
          !KEEP_CONTRACTION.has(word.toLowerCase()) &&
          possessive[1] &&
          possessive[2]
        ) {
          const head = possessive[1];
          tokens.push(makeToken(head, start, tagsAt));
          tokens.push(makeToken(possessive[2], start + head.length, tagsAt));
        } else {
          tokens.push(makeToken(word, start, tagsAt));
        }
      }
      sentences.push({
        id: sentence.id,
        passageId: passage.id,
        paragraph: passage.number ?? 0,
        index: sentences.length,
        indexInParagraph,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        tokens,
      });
    });
  }
  return sentences;
}

function makeToken(
  text: string,
  start: number,
  tagsAt: (offset: number) => TaggedTerm | undefined,
): Token {
  const term = tagsAt(start);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    tags: term?.tags ?? EMPTY,
    ...(term?.root ? { root: term.root } : {}),
  };
}

interface TaggedTerm {
  start: number;
  end: number;
  tags: Set<string>;
  root?: string;
}

/** What compromise leaves on its own terms after `compute('root')` and `compute('offset')`. */
interface CompromiseTerm {
  tags?: Set<string>;
  root?: string;
  offset?: { start: number; length: number };
}

function tagPassage(text: string): (offset: number) => TaggedTerm | undefined {
  const doc = nlp(text);
  // Roots give verb lemmas from the same parse, instead of one conjugation per verb later.
  doc.compute('root');
  doc.compute('offset');
  // Reading compromise's own terms (their tag sets included) instead of a .json() copy: the
  // article's largest allocation, and garbage right after.
  const terms: TaggedTerm[] = [];
  for (const sentence of doc.docs as unknown as CompromiseTerm[][]) {
    for (const term of sentence) {
      if (!term.offset) continue;
      terms.push({
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: term.tags ?? EMPTY,
        ...(term.root ? { root: term.root } : {}),
      });
    }
  }
  terms.sort((a, b) => a.start - b.start);
  // Binary search: the term covering an offset, or the one starting just after it (hyphen parts).
  return (offset) => {
    let lo = 0;
    let hi = terms.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const term = terms[mid] as TaggedTerm;
      if (term.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const term = found >= 0 ? terms[found] : undefined;
    return term && offset < term.end ? term : undefined;
  };
}

/** True for a token that starts with a capital letter (names, acronyms, sentence openers). */
export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

export function isWord(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** The passage text between two tokens, inclusive, exactly as written. */
export function spanText(sentence: SentenceInfo, from: number, to: number): string {
  const first = sentence.tokens[from];
  const last = sentence.tokens[to];
  if (!first || !last || to < from) return '';
  return sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
}
