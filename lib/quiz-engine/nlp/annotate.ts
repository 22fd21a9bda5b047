import nlp from './library';
import datesPlugin from 'compromise-dates';
import type { Passage } from '@/lib/text/article';
import { DATE_CUES, DATE_PATTERNS, TIME_ZONES } from '../lang/en/dates';
import { RETAGS } from '../lang/en/tagging';
import type {
  AnnotatedDocument,
  DateGranularity,
  DateSpan,
  Match,
  NumberKind,
  Sentence,
  Token,
  TokenRange,
  VerbGroup,
} from './document';
import { dayNumber, parseIsoDay } from './days';
import { lexicon, lexiconTags } from './text';

// compromise-dates' tagger is a hook: left in, it would run on every parse of every text (a third of
// all tagging time). Registered without it, it runs only on the sentences that name a time (below).
nlp.plugin({ ...datesPlugin, hooks: [] });

/**
 * The one adapter over compromise (and compromise-dates): it tags each paragraph once and returns the
 * annotated document the engine's stages read. No other module imports the NLP library (an ESLint rule
 * says so), so a second language or another tagger changes this folder only.
 */

type View = ReturnType<typeof nlp>;
/** A part of a parsed view ("the verbs", "a match"): compromise's plain View type. */
type Phrase = ReturnType<View['match']>;

/** What compromise leaves on its own term objects after compute('root'/'offset'/'chunks'). */
interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  root?: string;
  implicit?: string;
  chunk?: string;
  offset: { start: number; length: number };
}

interface ParsedVerb {
  root: Phrase;
  auxiliary: Phrase;
  negative: Phrase;
  phrasal: { particle: Phrase };
}

const CHUNKS: Record<string, Token['chunk']> = {
  Noun: 'noun',
  Verb: 'verb',
  Adjective: 'adjective',
  Pivot: 'pivot',
};

/** Words whose "'s" is always "is"/"has" ("he's", "it's", "there's"). */
const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'here', 'where']);

/** Tags a paragraph once; all offsets are into `passage.text`. */
export function annotate(
  passages: readonly Passage[],
  options: { date?: string } = {},
): AnnotatedDocument {
  const articleDay = parseIsoDay(options.date);
  // compromise-dates resolves "Tuesday" against a reference day; with none, a fixed one keeps the
  // output deterministic (such dates are marked relative and never asked).
  const today = options.date && articleDay !== undefined ? options.date : '2000-01-01';
  const sentences: Sentence[] = [];
  const views: Array<{ view: View; sentences: Sentence[] }> = [];
  for (const passage of passages) {
    if (passage.kind !== 'paragraph' || passage.number === null) continue;
    const view = nlp(passage.text);
    // Chunks come with every parse (a compromise hook); dates first, since they retag words like "May".
    const timed = view.sentences().filter((s) => DATE_CUES.some((cue) => s.has(cue)));
    if (timed.found) timed.compute('dates');
    for (const fix of RETAGS) {
      const found = view.match(fix.pattern, 0);
      (fix.unless ? found.not(fix.unless) : found).tag(fix.tag);
    }
    view.compute(['root', 'offset']);
    const terms = (view.docs as unknown as Term[][]).flat();
    const tokens = tokensOf(passage.text, terms);
    const own: Sentence[] = passage.sentences.map((s, indexInParagraph) => ({
      id: s.id,
      passageId: passage.id,
      paragraph: passage.number ?? 0,
      index: sentences.length + indexInParagraph,
      indexInParagraph,
      start: s.start,
      end: s.end,
      text: s.text,
      tokens: tokens.filter((t) => t.start >= s.start && t.start < s.end),
      verbs: [],
      numbers: [],
      dates: [],
    }));
    sentences.push(...own);
    views.push({ view, sentences: own });
    const locate = locator(own);
    addVerbs(view, locate);
    addDates(view, locate, today);
    addNumbers(view, locate);
  }
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));
  const cache = new Map<string, Map<string, Match[]>>();
  return {
    sentences,
    sentenceById,
    ...(articleDay !== undefined ? { articleDay } : {}),
    match(sentence, pattern) {
      let bySentence = cache.get(pattern);
      if (!bySentence) {
        bySentence = new Map();
        for (const { view, sentences: own } of views) matchInto(view, pattern, own, bySentence);
        cache.set(pattern, bySentence);
      }
      return bySentence.get(sentence.id) ?? [];
    },
  };
}

/**
 * compromise's terms as reader-sized tokens: the parts of a hyphenated word are one token, the
 * implicit halves of contractions are folded into the word they came from, and a possessive "'s"
 * that compromise read as "is" ("Netanyahu's Likud") is a possessive again.
 */
function tokensOf(text: string, terms: readonly Term[]): Token[] {
  const tokens: Token[] = [];
  let group: Term[] = [];
  const flush = () => {
    const real = group.filter((t) => t.offset.length > 0);
    const first = real[0];
    const last = real[real.length - 1];
    if (first && last) {
      const start = first.offset.start;
      const end = last.offset.start + last.offset.length;
      const word = text.slice(start, end);
      // A hyphenated word takes its first part's tags ("Jae-in" is a name, not a preposition); the
      // implicit half of a contraction adds its own ("won't" is negative).
      const tags = new Set<string>(first.tags);
      for (const t of group) if (t.offset.length === 0) for (const tag of t.tags) tags.add(tag);
      if (real.length > 1) tags.add('Hyphenated');
      const possessive =
        /['’]s$|s['’]$/i.test(word) && !CONTRACTING.has(word.slice(0, -2).toLowerCase());
      const bare = (possessive ? word.replace(/['’]s?$/i, '') : word).replace(/\u00ad/g, '');
      if (possessive) tags.add('Possessive');
      const root = real.length === 1 ? first.root : undefined;
      tokens.push({
        text: word,
        lower: word.toLowerCase(),
        bare,
        start,
        end,
        tags,
        ...(root ? { root } : {}),
        chunk: CHUNKS[first.chunk ?? ''] ?? 'noun',
        possessive,
      });
    }
    group = [];
  };
  for (const term of terms) {
    const previous = group[group.length - 1];
    if (previous) {
      const gapFrom = previous.offset.start + previous.offset.length;
      const gap = text.slice(gapFrom, term.offset.start);
      const joined = term.offset.length === 0 || /^[-‐‑]?$/.test(gap);
      if (!joined || (gap === '' && previous.offset.length > 0 && /^\W/.test(term.text))) flush();
    }
    group.push(term);
  }
  flush();
  return tokens;
}

/**
 * What `json({ offset: true })` says of a match's place (its first term's start, the length of its
 * text), read off its terms: offsets are computed once a paragraph (above), while json() computes them
 * again over the whole paragraph for every number and date it reads out.
 */
function offsetOf(terms: unknown, text: string): { start: number; length: number } {
  return { start: (terms as Term[])[0]!.offset.start, length: text.length };
}

/** Maps a passage offset to (sentence, token index). */
function locator(sentences: readonly Sentence[]) {
  return (offset: number): { sentence: Sentence; index: number } | undefined => {
    const sentence = sentences.find((s) => offset >= s.start && offset < s.end);
    if (!sentence) return undefined;
    // Binary search: the token whose range holds the offset.
    const tokens = sentence.tokens;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (offset < t.start) hi = mid - 1;
      else if (offset >= t.end) lo = mid + 1;
      else return { sentence, index: mid };
    }
    return undefined;
  };
}
type Locate = ReturnType<typeof locator>;

function termsOf(view: Phrase): Term[] {
  return (view.docs as unknown as Term[][]).flat();
}

/** The token range of a view's real (non-implicit) terms, when they fall inside one sentence. */
function rangeOf(terms: readonly Term[], locate: Locate) {
  const real = terms.filter((t) => t.offset.length > 0);
  const first = real[0];
  const last = real[real.length - 1];
  if (!first || !last) return undefined;
  const a = locate(first.offset.start);
  const b = locate(last.offset.start);
  if (!a || !b || a.sentence !== b.sentence) return undefined;
  return { sentence: a.sentence, start: a.index, end: b.index + 1 };
}

/**
 * What compromise's `verbs().parse()` returns (its root, auxiliaries, negation and particle), for
 * much less: the library clones the whole paragraph for every verb, to expand contractions on the
 * copy, and that copying is most of what reading verbs costs. A verb without a contraction reads
 * the same without a copy, so only a verb with one ("didn't", "won't") takes the library's own path.
 * The rest mirrors compromise 14's `src/3-three/verbs/api/parse` step for step (annotate.test checks
 * the two agree).
 */
export function parseVerbs(verbs: Phrase): ParsedVerb[] {
  if (!verbs.found) return [];
  return verbs.map((vb: Phrase) =>
    vb.has('@hasContraction')
      ? (vb as unknown as { parse(): ParsedVerb[] }).parse()[0]
      : parseVerb(vb),
  ) as unknown as ParsedVerb[];
}

function parseVerb(vb: Phrase): ParsedVerb {
  const root = mainVerb(vb);
  const parts = vb.splitBefore(root);
  const auxiliary = parts.length <= 1 ? vb.none() : parts.eq(0).not('(#Adverb|#Negative|#Prefix)');
  const particle = root.has('(#Particle|#PhrasalVerb)') ? root.match('#Particle$') : root.none();
  return { root, auxiliary, negative: vb.match('#Negative'), phrasal: { particle } };
}

function mainVerb(vb: Phrase): Phrase {
  let root = vb.wordCount() > 1 ? vb.not('(#Negative|#Auxiliary|#Modal|#Adverb|#Prefix)') : vb;
  if (root.length > 1 && !root.has('#Phrasal #Particle')) root = root.last();
  root = root.not('(want|wants|wanted) to');
  return root.found ? root : vb.not('#Negative');
}

function addVerbs(view: View, locate: Locate): void {
  const verbs = view.verbs();
  const parsed = parseVerbs(verbs);
  verbs.docs.forEach((termsOfVerb, i) => {
    const info = parsed[i];
    const terms = termsOfVerb as unknown as Term[];
    if (!info) return;
    const rootTerms = termsOf(info.root);
    const rootTerm = rootTerms[0];
    // An "is" compromise made of a possessive "'s" is no verb.
    if (!rootTerm || rootTerm.offset.length === 0) return;
    const realTerms = terms.filter((t) => t.offset.length > 0);
    const lastReal = realTerms[realTerms.length - 1];
    const cut =
      lastReal &&
      PREPOSITIONAL_PARTICLES.has(lastReal.normal) &&
      (termsOf(info.phrasal.particle).some((t) => t.offset.start === lastReal.offset.start) ||
        lastReal.tags.has('Preposition') ||
        lastReal.tags.has('Particle'))
        ? terms.slice(0, terms.indexOf(lastReal))
        : terms;
    const range = rangeOf(verbWordsOnly(cut, rootTerm, termsOf(info.phrasal.particle)), locate);
    const head = locate(rootTerm.offset.start);
    if (!range || !head || head.sentence !== range.sentence) return;
    const tags = new Set(terms.flatMap((t) => [...t.tags]));
    const auxiliary = termsOf(info.auxiliary)
      .filter((t) => t.offset.length > 0)
      .map((t) => t.text);
    const auxNormal = termsOf(info.auxiliary).map((t) => t.implicit ?? t.normal);
    // "gave up", "scraped away" keep their particle; "signed in 1919", "came under control" do not:
    // a preposition starts the phrase after the verb, whatever compromise made of it.
    const particleTerms = termsOf(info.phrasal.particle);
    const prepositional =
      particleTerms.length > 0 && particleTerms.every((t) => PREPOSITIONAL_PARTICLES.has(t.normal));
    const particle = prepositional ? '' : particleTerms.map((t) => t.normal).join(' ');
    const rootWord = hyphenated(
      rootTerm.text,
      knownRoot(rootTerm.root ?? rootTerm.implicit ?? rootTerm.normal),
    );
    const copula = rootTerm.tags.has('Copula');
    const infinitive = copula ? 'be' : [rootWord, particle].filter(Boolean).join(' ');
    const modal = termsOf(info.auxiliary).some(
      (t) => t.tags.has('Modal') && !/^(?:will|shall|'ll|wo)$/.test(t.implicit ?? t.normal),
    );
    const future = auxNormal.some((w) => /^(?:will|shall|wo)$/.test(w));
    const past =
      !future &&
      (auxNormal.length > 0
        ? /^(?:had|was|were|did|would|could|might)$/.test(auxNormal[0] ?? '')
        : rootTerm.tags.has('PastTense'));
    const before = range.sentence.tokens[range.start - 1];
    const finite =
      auxiliary.length > 0 ||
      (!rootTerm.tags.has('Gerund') &&
        before?.lower !== 'to' &&
        !(rootTerm.tags.has('Infinitive') && auxNormal.length === 0 && before?.lower === 'to'));
    const group: VerbGroup = {
      start: range.start,
      end: range.end,
      head: head.index,
      auxiliary,
      negative: info.negative.found || tags.has('Negative'),
      infinitive,
      tense: future ? 'future' : past ? 'past' : 'present',
      modal,
      passive: tags.has('Passive'),
      copula,
      finite,
      text: range.sentence.text.slice(
        range.sentence.tokens[range.start]!.start - range.sentence.start,
        range.sentence.tokens[range.end - 1]!.end - range.sentence.start,
      ),
    };
    range.sentence.verbs.push(group);
  });
}

/**
 * "said race relations", "trains ran": compromise may fold a noun into a verb phrase. Before the
 * main verb only auxiliaries, adverbs and negatives belong to the group; after it, only those and
 * its particle.
 */
/**
 * "hanged" → "hange": compromise's rule adds back an "e" its word list does not know; when the word
 * list knows the verb without it ("hang"), that is the infinitive ("baked" → "bake" stays).
 */
function knownRoot(root: string): string {
  if (!/[^e]e$/.test(root) || lexicon[root]) return root;
  const shorter = root.slice(0, -1);
  return lexiconTags(shorter).includes('Infinitive') ? shorter : root;
}

/** "re-signed" → "re-sign", not "resign": compromise's root drops the hyphen of a prefix. */
function hyphenated(written: string, root: string): string {
  const prefix = /^(\p{L}+)-/u.exec(written.toLowerCase())?.[1];
  if (!prefix || root.includes('-') || !root.startsWith(prefix)) return root;
  return `${prefix}-${root.slice(prefix.length)}`;
}

function verbWordsOnly(terms: readonly Term[], root: Term, particles: readonly Term[]): Term[] {
  const same = (a: Term, b: Term) =>
    a.offset.start === b.offset.start && a.offset.length === b.offset.length;
  const at = terms.findIndex((t) => same(t, root));
  if (at < 0) return [...terms];
  const verbal = (t: Term) =>
    t.tags.has('Auxiliary') ||
    t.tags.has('Modal') ||
    t.tags.has('Adverb') ||
    t.tags.has('Negative') ||
    t.tags.has('Copula') ||
    t.offset.length === 0;
  let start = at;
  while (start > 0 && verbal(terms[start - 1]!)) start--;
  let end = at + 1;
  while (
    end < terms.length &&
    (particles.some((p) => same(p, terms[end]!)) ||
      terms[end]!.tags.has('Particle') ||
      (verbal(terms[end]!) && !terms[end]!.tags.has('Noun')))
  )
    end++;
  return terms.slice(start, end);
}

/** Words compromise may fold into a verb that are the preposition of what follows ("signed in 1919"). */
const PREPOSITIONAL_PARTICLES = new Set([
  'in',
  'on',
  'at',
  'by',
  'for',
  'to',
  'from',
  'of',
  'with',
  'into',
  'onto',
  'under',
  'upon',
  'during',
  'since',
  'until',
  'after',
  'before',
  'like',
  'as',
]);

const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const SHORT_MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 };

/** "$10bn" → 1e10, "4.8 million" → 4.8e6: the value of a figure as written. */
function writtenValue(text: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?/i.exec(text);
  if (!m) return undefined;
  const word = m[2]?.toLowerCase() ?? '';
  return Number(m[1]!.replace(/,/g, '')) * (MULTIPLIERS[word] ?? SHORT_MULTIPLIERS[word] ?? 1);
}

const CURRENCY: Record<string, true> = { $: true, '£': true, '€': true, '¥': true };

/**
 * "$10bn (£5.38bn) a year": compromise may read a figure, its bracketed conversion and the "a" after
 * it as one number; the figure ends before the bracket and never on an article.
 */
function figureEnd(sentence: Sentence, start: number, end: number): number {
  const t = sentence.tokens;
  let stop = end;
  for (let k = start + 1; k < end; k++)
    if (
      /\(/.test(sentence.text.slice(t[k - 1]!.end - sentence.start, t[k]!.start - sentence.start))
    ) {
      stop = k;
      break;
    }
  while (stop > start + 1 && /^(?:a|an|the)$/.test(t[stop - 1]!.lower)) stop--;
  return stop;
}

function addNumbers(view: View, locate: Locate): void {
  const numbers = view.numbers();
  const read = (numbers as unknown as { json(o: { terms: false }): unknown }).json({
    terms: false,
  }) as Array<{
    text: string;
    number: { num: number; prefix: string; suffix: string; unit: string };
  }>;
  const found = read.map((n, i) => ({ ...n, offset: offsetOf(numbers.docs[i], n.text) }));
  for (const n of found) {
    const at = locate(n.offset.start);
    const endAt = locate(n.offset.start + Math.max(0, n.offset.length - 1));
    if (!at || !endAt || at.sentence !== endAt.sentence) continue;
    const { sentence } = at;
    const range: TokenRange = {
      start: at.index,
      end: figureEnd(sentence, at.index, endAt.index + 1),
    };
    const tokens = sentence.tokens.slice(range.start, range.end);
    // Years and the day of a date are dates, not counts.
    if (sentence.dates.some((d) => d.start < range.end && range.start < d.end)) continue;
    if (tokens.some((t) => t.tags.has('Year'))) continue;
    // "the 2017 presidential nominee": a four-digit year written as a modifier is still a year.
    if (
      /^(?:1[0-9]{3}|20[0-9]{2})$/.test(n.text.replace(/[.,]$/, '')) &&
      !sentence.tokens[range.end]?.tags.has('Plural')
    )
      continue;
    if (!Number.isFinite(n.number.num)) continue;
    // "a few modern touches", "several hundred people": a vague amount is no figure to ask or change.
    if (/^(?:a\s+)?(?:few|couple)$/i.test(n.text.trim())) continue;
    if (
      MULTIPLIERS[tokens[0]!.lower] &&
      /^(?:several|many|some|few|a few)$/.test(sentence.tokens[range.start - 1]?.lower ?? '')
    )
      continue;
    // "a 3G phone", "5G networks": a figure glued to capital letters is a name ("4K" and "5M" are
    // thousands and millions).
    if (/^\d+\p{Lu}+$/u.test(n.text.trim()) && !/^\d+(?:K|M|BN)$/.test(n.text.trim())) continue;
    // "won 200m gold", "silver in the 100m": a race, not 200 million of something; "200m people" is.
    if (
      /^\d[\d.,]*m$/i.test(n.text.trim()) &&
      !CURRENCY[n.number.prefix] &&
      !sentence.tokens[range.end]?.tags.has('Plural')
    )
      continue;
    let end = range.end;
    let kind: NumberKind = 'count';
    if (CURRENCY[n.number.prefix] || tokens.some((t) => t.tags.has('Money'))) kind = 'money';
    else if (
      n.number.suffix === '%' ||
      n.number.unit === 'percent' ||
      /%$/.test(tokens[tokens.length - 1]?.text ?? '')
    )
      kind = 'percent';
    else if (tokens.some((t) => t.tags.has('Ordinal'))) kind = 'ordinal';
    const next = sentence.tokens[end];
    if (kind === 'percent' && next && /^(?:percent|per cent)$/.test(next.lower)) end++;
    const unit = kind === 'count' ? unitAfter(sentence, end) : undefined;
    const first = sentence.tokens[range.start]!;
    const last = sentence.tokens[end - 1]!;
    // "4.8" + "million": compromise sometimes splits a figure from its multiplier; it is one number.
    const previous = sentence.numbers[sentence.numbers.length - 1];
    const multiplier = MULTIPLIERS[first.lower];
    if (previous && multiplier && previous.end === range.start && previous.kind !== 'ordinal') {
      const from = sentence.tokens[previous.start]!;
      sentence.numbers[sentence.numbers.length - 1] = {
        start: previous.start,
        end,
        value: previous.value * multiplier,
        kind: previous.kind,
        text: sentence.text.slice(from.start - sentence.start, last.end - sentence.start),
        ...(unit ? { unit } : {}),
      };
      continue;
    }
    const written = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
    // A figure cut before its bracket is read again from what is left, and so is a sum with its
    // multiplier as a letter, which compromise reads as the bare figure ("$10bn" is 1e10, not 10;
    // "200m people" is 2e8).
    const reread =
      range.end !== endAt.index + 1 ||
      ((kind === 'money' || kind === 'count') && /\d\s?(?:bn|m|tn|k)\b/i.test(written));
    sentence.numbers.push({
      start: range.start,
      end,
      value: reread ? (writtenValue(written) ?? n.number.num) : n.number.num,
      kind,
      text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
      ...(unit ? { unit } : {}),
    });
  }
}

/** "five boroughs", "305 square miles", "20 people": the lower-case noun words after a number. */
function unitAfter(sentence: Sentence, from: number): string | undefined {
  const words: Token[] = [];
  for (let i = from; i < sentence.tokens.length && words.length < 3; i++) {
    const t = sentence.tokens[i]!;
    const gap = sentence.text.slice(
      (sentence.tokens[i - 1]?.end ?? t.start) - sentence.start,
      t.start - sentence.start,
    );
    if (words.length > 0 && gap.trim() !== '') break;
    if (i === from && gap.trim() !== '') return undefined;
    const noun = t.tags.has('Noun') || t.tags.has('Adjective');
    if (!noun || /^\p{Lu}/u.test(t.text) || t.tags.has('Pronoun') || t.tags.has('Determiner'))
      break;
    if (t.tags.has('Value')) break;
    words.push(t);
    if (t.tags.has('Plural')) break;
    if (t.tags.has('Noun')) {
      const after = sentence.tokens[i + 1];
      if (
        !after ||
        !(after.tags.has('Noun') && !after.tags.has('Pronoun')) ||
        /^\p{Lu}/u.test(after.text)
      )
        break;
    }
  }
  const last = words[words.length - 1];
  if (!last || !last.tags.has('Noun')) return undefined;
  // "two concept SUVs": the counted noun is a capitalised plural after the one read; "concept" is
  // no unit.
  const after = sentence.tokens[sentence.tokens.indexOf(last) + 1];
  if (!last.tags.has('Plural') && after?.tags.has('Plural') && /^\p{Lu}/u.test(after.text))
    return undefined;
  return sentence.text.slice(words[0]!.start - sentence.start, last.end - sentence.start);
}

const PREPOSITIONS = new Set([
  // "starting in December 2015": the date is December 2015.
  'starting',
  'beginning',
  'in',
  'on',
  'at',
  'by',
  'since',
  'during',
  'from',
  'until',
  'till',
  'before',
  'after',
  'of',
  'between',
  'through',
  'throughout',
  'around',
  'to',
]);

/**
 * "October from 785 to 708": compromise-dates reads a month and the figures after it as one range;
 * the date ends before "from"/"to" and a number that is neither a day nor a year.
 */
function withoutFigures<R extends TokenRange & { sentence: Sentence }>(range: R): R {
  const t = range.sentence.tokens;
  for (let k = range.start + 1; k < range.end - 1; k++) {
    const n = Number(t[k + 1]!.bare.replace(/,/g, ''));
    if (
      /^(?:from|to|until|through)$/.test(t[k]!.lower) &&
      Number.isInteger(n) &&
      n > 31 &&
      n < 1000
    )
      return { ...range, end: k };
  }
  return range;
}

function addDates(view: View, locate: Locate, today: string): void {
  if (!view.has('#Date') && !view.has('/^[0-9]{3}0s$/')) return;
  const spans: Array<{ sentence: Sentence; range: TokenRange; granularity?: DateGranularity }> = [];
  for (const { pattern, granularity } of DATE_PATTERNS) {
    const matches = view.match(pattern);
    for (const terms of matches.docs as unknown as Term[][]) {
      const found = rangeOf(terms, locate);
      if (!found) continue;
      // "two years ago": the figure of a time counted back is part of it.
      const range = granularity === 'relative' ? found : withoutFigures(found);
      const overlaps = spans.some(
        (s) =>
          s.sentence === range.sentence && s.range.start < range.end && range.start < s.range.end,
      );
      if (!overlaps)
        spans.push({ sentence: range.sentence, range, ...(granularity ? { granularity } : {}) });
    }
  }
  // Days and months are resolved by compromise-dates, only in a paragraph that names a month or a
  // day, and only the date a phrase needs: it clones the paragraph for every date it reads.
  let resolver: ((at: number) => Resolved | undefined) | undefined;
  const resolve = (at: number) =>
    (resolver ??= view.has('(#Month|#WeekDay)') ? dateResolver(view, today) : () => undefined)(at);
  for (const { sentence, range, granularity } of spans) {
    const date = resolveDate(sentence, range, granularity, resolve);
    if (date) sentence.dates.push(date);
  }
  for (const s of new Set(spans.map((x) => x.sentence))) s.dates.sort((a, b) => a.start - b.start);
}

type DatesJson = Array<{
  text: string;
  dates?: { start?: string | null; end?: string | null };
}>;
interface Dates {
  fullPointer: unknown[];
  docs: unknown[];
  document: unknown;
  opts: object;
  json(o: { terms: false; dates?: boolean }): DatesJson;
}
type DatesClass = new (document: unknown, pointer: unknown[], groups: null, opts: object) => Dates;

/**
 * What compromise-dates makes of the date written at an offset of a paragraph: the first of the
 * paragraph's dates (as its `dates()` finds them) that holds the offset, read on its own exactly as
 * `dates().json()` reads each in turn, so that a paragraph's other dates cost nothing. A date it
 * cannot read ("in a third quarter" throws) stays unresolved and is found by arithmetic or not at
 * all.
 */
function dateResolver(view: View, today: string): (at: number) => Resolved | undefined {
  const found = (view as unknown as { dates(o: { today: string }): Dates }).dates({ today });
  const spans = found.json({ terms: false, dates: false }).map((d, i) => {
    const { start, length } = offsetOf(found.docs[i], d.text);
    return { from: start, to: start + length };
  });
  const read = new Map<number, Resolved | undefined>();
  return (at) => {
    const i = spans.findIndex((d) => d.from <= at && at < d.to);
    if (i < 0) return undefined;
    if (!read.has(i)) {
      const Own = found.constructor as DatesClass;
      const one = new Own(found.document, [found.fullPointer[i]], null, found.opts);
      let resolved: Resolved | undefined;
      try {
        const dates = one.json({ terms: false })[0]?.dates;
        if (dates) resolved = { ...spans[i]!, start: dates.start, end: dates.end };
      } catch {
        // compromise-dates cannot read this one
      }
      read.set(i, resolved);
    }
    return read.get(i);
  };
}

/**
 * Trims a candidate date phrase to its date words, keeps a leading preposition apart, and resolves
 * it: centuries, decades, years and year ranges by arithmetic, days and months by compromise-dates.
 * Phrases without a year ("Tuesday", "in February", "last year") are relative.
 */
interface Resolved {
  from: number;
  to: number;
  start?: string | null;
  end?: string | null;
}

function resolveDate(
  sentence: Sentence,
  range: TokenRange,
  granularity: DateGranularity | undefined,
  resolvedAt: (at: number) => Resolved | undefined,
): DateSpan | undefined {
  const tokens = sentence.tokens;
  // "shown on BBC One at 2010 GMT": a clock time, not the year 2010.
  if (tokens.slice(range.start, range.end + 1).some((t) => TIME_ZONES.has(t.bare)))
    return undefined;
  let start = range.start;
  let end = range.end;
  // "8,491,079 in 2014": a count before the date is not part of it.
  while (granularity !== 'relative' && start < end && isStrayValue(tokens, start)) start++;
  let phraseStart = start;
  while (start < end && PREPOSITIONS.has(tokens[start]!.lower)) start++;
  if (
    start > phraseStart &&
    start < end &&
    tokens[start]!.lower === 'the' &&
    granularity !== 'century' &&
    granularity !== 'decade'
  )
    start++;
  // "in the year 1972": the date is 1972.
  if (start < end - 1 && tokens[start]!.lower === 'year') start++;
  // "By 2025, 40% of …", "In 2004, 12 people died": a figure after the comma is no part of it.
  for (let k = start + 1; k < end; k++) {
    const gap = sentence.text.slice(
      tokens[k - 1]!.end - sentence.start,
      tokens[k]!.start - sentence.start,
    );
    if (/,/.test(gap) && isStrayValue(tokens, k)) {
      end = k;
      break;
    }
  }
  while (end > start && /^(?:and|or|,|to|until)$/.test(tokens[end - 1]!.lower)) end--;
  // "on Wednesday 20 people died": a count after a weekday is not its day.
  if (end - start >= 2 && tokens[end - 2]!.tags.has('WeekDay') && isStrayValue(tokens, end - 1))
    end--;
  if (start >= end) return undefined;
  if (phraseStart === start && PREPOSITIONS.has(tokens[start - 1]?.lower ?? ''))
    phraseStart = start - 1;
  const words = tokens.slice(start, end);
  const text = sentence.text.slice(
    words[0]!.start - sentence.start,
    words[words.length - 1]!.end - sentence.start,
  );
  const years = words
    .map((t) => /^(\d{3,4})(?:s)?[,.]?$/.exec(t.bare)?.[1])
    .filter((y): y is string => !!y && t0(y))
    .map(Number);
  const base = { start, end, phraseStart, text };
  if (granularity === 'relative')
    return { ...base, granularity: 'relative', from: 0, to: 0, relative: true };
  if (granularity === 'century') {
    const ordinal = words.map((t) => /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t.bare)?.[1]).find(Boolean);
    if (!ordinal) return undefined;
    const n = Number(ordinal);
    return {
      ...base,
      granularity: 'century',
      from: dayNumber((n - 1) * 100 + 1, 1, 1),
      to: dayNumber(n * 100, 12, 31),
      relative: false,
    };
  }
  if (granularity === 'decade') {
    const decade = words.map((t) => /^(\d{3}0)s$/.exec(t.bare)?.[1]).find(Boolean);
    if (!decade) return undefined;
    const y = Number(decade);
    return {
      ...base,
      granularity: 'decade',
      from: dayNumber(y, 1, 1),
      to: dayNumber(y + 9, 12, 31),
      relative: false,
    };
  }
  const hasMonth = words.some((t) => t.tags.has('Month'));
  const hasDay = words.some(
    (t) => t.tags.has('WeekDay') || /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(t.bare),
  );
  if (years.length >= 2 && !hasMonth) {
    const [a, b] = [Math.min(...years), Math.max(...years)];
    return {
      ...base,
      granularity: 'years',
      from: dayNumber(a, 1, 1),
      to: dayNumber(b, 12, 31),
      relative: false,
    };
  }
  if (years.length === 1 && !hasMonth) {
    if (words.length > 2) return undefined;
    const y = years[0]!;
    return {
      ...base,
      granularity: 'year',
      from: dayNumber(y, 1, 1),
      to: dayNumber(y, 12, 31),
      relative: false,
    };
  }
  // Days and months: what compromise-dates made of the paragraph at this phrase.
  const at = words[0]!.start;
  const resolved = resolvedAt(at);
  const from = parseIsoDay(resolved?.start?.slice(0, 10));
  const to = parseIsoDay(resolved?.end?.slice(0, 10));
  if (from === undefined || to === undefined || to < from) return undefined;
  const span = to - from;
  const kind: DateGranularity | undefined =
    span === 0 ? 'day' : span <= 30 && hasMonth ? 'month' : undefined;
  if (!kind) return undefined;
  if (kind === 'day' && !hasDay) return undefined;
  return { ...base, granularity: kind, from, to, relative: years.length === 0 };
}

function t0(year: string): boolean {
  const y = Number(year);
  return y >= 100 && y <= 2100;
}

function isStrayValue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.tags.has('Value') || t.tags.has('Year') || t.tags.has('Month')) return false;
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.bare) && tokens[i + 1]?.tags.has('Month')) return false;
  if (/^\d{3}0s$/.test(t.bare)) return false;
  return !/^\d{4}$/.test(t.bare);
}

function matchInto(
  view: View,
  pattern: string,
  sentences: readonly Sentence[],
  out: Map<string, Match[]>,
): void {
  const locate = locator(sentences);
  const matches = view.match(pattern);
  if (!matches.found) return;
  matches.forEach((match) => {
    const m = match as unknown as View;
    const range = rangeOf(termsOf(m), locate);
    if (!range) return;
    const groups: Record<string, TokenRange> = {};
    const named = m.groups() as Record<string, View>;
    for (const [name, group] of Object.entries(named)) {
      const g = rangeOf(termsOf(group), locate);
      if (g && g.sentence === range.sentence) groups[name] = { start: g.start, end: g.end };
    }
    const list = out.get(range.sentence.id) ?? [];
    list.push({ start: range.start, end: range.end, groups });
    out.set(range.sentence.id, list);
  });
}
