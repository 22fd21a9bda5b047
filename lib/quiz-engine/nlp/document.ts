/**
 * The annotated document every engine stage reads. Only `nlp/annotate.ts` knows how it is made (from
 * compromise and compromise-dates); everything after it works on these plain types. Offsets are into
 * the passage text; token indexes are into `Sentence.tokens` and ranges are half-open [start, end).
 */

/** A word as the reader sees it: a hyphenated word is one token ("Jae-in", "U.S.-led"). */
export interface Token {
  text: string;
  lower: string;
  /** The word without a possessive 's ("Netanyahu" of "Netanyahu's") and without soft hyphens. */
  bare: string;
  start: number;
  end: number;
  /** compromise part-of-speech tags (#Noun, #Person, #PastTense …). */
  tags: ReadonlySet<string>;
  /** compromise's root: the infinitive of a verb, the singular of a noun, when it gives one. */
  root?: string;
  /** compromise's chunk: the noun phrase, verb group, adjective or linking word this token is part of. */
  chunk: 'noun' | 'verb' | 'adjective' | 'pivot';
  possessive: boolean;
}

/** A half-open range of token indexes inside one sentence. */
export interface TokenRange {
  start: number;
  end: number;
}

/** A verb group as compromise parses it ("had not been elected"). */
export interface VerbGroup extends TokenRange {
  /** Index of the main verb ("elected"); for a phrasal verb, of its verb word. */
  head: number;
  /** Auxiliary words before the main verb, as written, without negation or adverbs ("had", "been"). */
  auxiliary: string[];
  negative: boolean;
  /** Infinitive of the main verb with its particle ("elect", "make up"). */
  infinitive: string;
  tense: 'past' | 'present' | 'future';
  /** can/could/may/might/must/should/would before the verb. */
  modal: boolean;
  passive: boolean;
  /** be as the main verb ("is a chamber"), or another linking verb compromise tags #Copula. */
  copula: boolean;
  /** A finite clause verb; false for an infinitive ("to sell"), a gerund or a participle opener. */
  finite: boolean;
  /** The group's own words as written. */
  text: string;
}

export type NumberKind = 'count' | 'money' | 'percent' | 'ordinal';

/** A number the sentence states, with what it counts ("five boroughs", "$4.8 billion", "3 percent"). */
export interface NumberSpan extends TokenRange {
  value: number;
  kind: NumberKind;
  /** The number's words as written ("five", "8,491,079", "$4.8 billion", "3 percent"). */
  text: string;
  /** The counted noun as written ("boroughs", "people"), plural or not, when one follows. */
  unit?: string;
}

export type DateGranularity =
  'day' | 'month' | 'year' | 'decade' | 'century' | 'years' | 'relative';

/** A date the sentence states, resolved to the days it covers. */
export interface DateSpan extends TokenRange {
  /** The date's own words as written, without a leading preposition ("23 April 2017", "the 1990s"). */
  text: string;
  /** Where a leading preposition starts ("on 23 April 2017"), for cutting the whole phrase from a stem. */
  phraseStart: number;
  granularity: DateGranularity;
  /** First and last day covered, as days since 1970-01-01 (UTC). */
  from: number;
  to: number;
  /** Resolved against the article's date ("last year", "on Tuesday"): never asked, since readers cannot check it. */
  relative: boolean;
}

/** One sentence of a paragraph, in reading order across the article. */
export interface Sentence {
  id: string;
  passageId: string;
  /** ¶ number of its paragraph. */
  paragraph: number;
  /** Position among all paragraph sentences of the article. */
  index: number;
  indexInParagraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  verbs: VerbGroup[];
  numbers: NumberSpan[];
  dates: DateSpan[];
}

/** A span a match pattern found, with its named groups ("[<term>…]"). */
export interface Match extends TokenRange {
  groups: Record<string, TokenRange>;
}

export interface AnnotatedDocument {
  sentences: Sentence[];
  sentenceById: ReadonlyMap<string, Sentence>;
  /** The article's own date as a day number, when it has one. */
  articleDay?: number;
  /**
   * Every match of a compromise match pattern inside one sentence (patterns are English data kept in
   * `lang/en/`). Computed once per pattern for the whole article.
   */
  match(sentence: Sentence, pattern: string): Match[];
}
