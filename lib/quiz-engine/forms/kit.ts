import { contentHash } from '@/lib/text/hash';
import { CLOCK_UNITS, WHOLE_SPANS } from '../lang/en/numbers';
import type { Analysis } from '../analysis';
import {
  ANAPHORIC_NOUNS,
  CONTEXT_WORDS,
  GENERIC_DEFINITES,
  QUANTIFIER_SUBJECTS,
  REFERRING_PRONOUNS,
  WORK_NOUNS,
} from '../lang/en/clauses';
import type { Sentence, TokenRange } from '../nlp/document';
import { gapBefore, hasTag } from '../nlp/spans';
import { lexiconTags } from '../nlp/text';
import { displayName } from '../realize';
import type { Clause } from '../stages/clauses';
import type { Entity } from '../stages/names';
import type { Evidence, QuestionType } from '../schema';

/**
 * A question as a form proposes it, before ranking: what it asks, what proves it, what its key is,
 * and how much it is worth asking. The bank (select/bank.ts) turns drafts into questions.
 */
export interface Draft {
  type: QuestionType;
  prompt: string;
  explanation: string;
  /** Sentences that prove the answer, in reading order. */
  evidence: string[];
  /** Single-choice and fill-in: the answer. */
  key?: string;
  /** Single-choice: wrong options (at least two), each wrong per the article. */
  distractors?: string[];
  /** Fill-in: other answers a student would naturally type. */
  accepted?: string[];
  /** Timeline and matching: their fields, ready for the schema. */
  items?: string[];
  order?: string[];
  choices?: string[];
  pairs?: string[];
  /** What the key is, across forms: an entity id, "date:…", "number:…" or the key text. */
  keyId: string;
  /** Entities the question is about or asks for. */
  about: string[];
  /** How much the question is worth asking (importance, clarity), before the bank's balancing. */
  score: number;
  /** Questions with the same fact ask one thing in other words; at most one makes the default quiz. */
  fact: string;
  /** Sentences whose words the question shows (an evidence question shows whole sentences as options). */
  shown: string[];
  /** Extra parts of the stable id (never the seed). */
  idParts: string[];
  /**
   * A question written to a fixed pattern ("X said, “…”" as true/false): a default quiz takes only
   * a few of one pattern, however many the article supports.
   */
  pattern?: string;
}

export interface QuestionForm {
  /** What the form asks, for the engine README and tests. */
  name: string;
  make(analysis: Analysis): Draft[];
}

export function evidenceOf(analysis: Analysis, sentenceId: string): Evidence {
  const sentence = analysis.doc.sentenceById.get(sentenceId)!;
  return {
    passageId: sentence.passageId,
    sentenceId,
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
  };
}

export function paragraphLabel(n: number): string {
  return `Paragraph ${n}`;
}

/** Every way the article names an entity, longest first. */
export function formsOf(entity: Entity): string[] {
  return [...new Set([entity.name, ...entity.aliases])].sort((a, b) => b.length - a.length);
}

const WORD = /[\p{L}\p{N}]/u;

/** True when `text` contains `name` as whole words, ignoring case and a leading "the". */
export function mentionsName(text: string, name: string): boolean {
  const needle = name.replace(/^the\s+/i, '').toLowerCase();
  if (!needle) return false;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const before = at > 0 ? lower[at - 1] : undefined;
    const after = lower[at + needle.length];
    if ((!before || !WORD.test(before)) && (!after || !WORD.test(after))) return true;
  }
  return false;
}

export function mentionsEntity(text: string, entity: Entity): boolean {
  return formsOf(entity).some((name) => mentionsName(text, name));
}

const STOP = new Set(
  'a an the of to in on at for by with and or but that this these those is are was were be been has have had will would can could should as from its it his her their they he she not also which who whom what when where how than then there into about over under after before between through during'.split(
    ' ',
  ),
);

const wordCache = new Map<string, Set<string>>();

/** Content words, lower case, with common endings folded ("proposed" = "proposes"). Cached: forms ask about the same sentences often. */
export function contentWords(text: string): Set<string> {
  let cached = wordCache.get(text);
  if (!cached) {
    cached = computeContentWords(text);
    if (wordCache.size > 20_000) wordCache.clear();
    wordCache.set(text, cached);
  }
  return cached;
}

function computeContentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s|e)$/, '') : w)),
  );
}

const sentencesByWord = new WeakMap<Analysis, Map<string, Sentence[]>>();

/**
 * The article's sentences that share at least one of `words` (content words), in article order:
 * the only ones whose `overlap` with them can be above 0, found without reading every sentence.
 */
export function sentencesSharing(analysis: Analysis, words: ReadonlySet<string>): Sentence[] {
  let index = sentencesByWord.get(analysis);
  if (!index) {
    index = new Map();
    for (const sentence of analysis.doc.sentences)
      for (const word of contentWords(sentence.text)) {
        const list = index.get(word);
        if (list) list.push(sentence);
        else index.set(word, [sentence]);
      }
    sentencesByWord.set(analysis, index);
  }
  const found = new Set<Sentence>();
  for (const word of words) for (const sentence of index.get(word) ?? []) found.add(sentence);
  return [...found].sort((a, b) => a.index - b.index);
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * A question or statement must stand alone: no pronoun, demonstrative or "the agreement" whose
 * referent is outside it. `allow` names the pronouns the text's own subject carries ("his" after a
 * named person).
 */
const CONTRACTED: Record<string, string> = {
  s: 'is',
  re: 'are',
  ll: 'will',
  d: 'would',
  ve: 'have',
  m: 'am',
};

export function needsContext(text: string, allow: ReadonlySet<string> = new Set()): boolean {
  // "It's a rare downtown appearance", "he's": a pronoun with its verb contracted onto it is read
  // as the two words; any other "'s" is a possessive, read as the name alone.
  const words = (
    text
      .replace(/["“][^"”]*["”]/g, ' ')
      .toLowerCase()
      .match(/[\p{L}’']+/gu) ?? []
  ).flatMap((w) => {
    const m = /^(it|he|she|they|we|you|i|that|there|what|who)['’](s|re|ll|d|ve|m)$/.exec(w);
    if (m) return [m[1]!, CONTRACTED[m[2]!]!];
    return [w.replace(/['’]s$/, '')];
  });
  // "In Serbia, for example, …" is an example of something said before it.
  if (/\bfor (?:example|instance)\b/i.test(text)) return true;
  // "That's because …", "This is why …": about what the sentence before said. "First, let's say
  // what the sale is not": the writer talking to the reader, no claim.
  if (/^(?:that|this)(?:['’]s|\s+(?:is|was|means|explains))\b/i.test(text.trim())) return true;
  if (/\blet['’]s\b/i.test(text)) return true;
  // "In addition, …", "As a result, …": a connective adds to, or follows from, what came before.
  if (
    /^(?:in addition|as a result|in contrast|by contrast|on the other hand|at the same time|in turn|even so|in fact)\b/i.test(
      text.trim(),
    )
  )
    return true;
  // "is needed though and is expensive", "For developers though, …": "though" as an adverb answers
  // what came before ("though it rained" opens a clause of its own).
  if (/\S\s+though\s*(?:,|\b(?:and|is|are|was|were|has|have)\b|$)/i.test(text)) return true;
  // "All were arrested", "Both said …": a quantifier standing for people named before.
  if (
    QUANTIFIER_SUBJECTS.has(words[0] ?? '') &&
    /^(?:were|was|are|is|have|had|has|will|would|said|say|says|of)$/.test(words[1] ?? '')
  )
    return true;
  // "Both schemes …", "One problem is …", "The 62-year-old …": which schemes, a problem with what,
  // who is 62? Each opens on something the sentences before introduced.
  if (/^(?:both|one)$/.test(words[0] ?? '') && !/^of$/.test(words[1] ?? '') && !!words[1])
    return true;
  if (/^the\s+\d+-year-old\b/i.test(text.trim())) return true;
  // "since that quarter-final tie", "the biggest seller of that year": after a preposition, "that"
  // is a demonstrative, never a clause's opening ("ruled in 2003 that …" is one).
  if (
    /\b(?:since|after|before|during|from|at|on|of|for|with|until|in)\s+that\s+(?!(?:is|was|are|were|has|had|would|will|could)\b)\p{L}/iu.test(
      text.replace(/["“][^"”]*["”]/g, ' '),
    )
  )
    return true;
  // "has garnered two more nominations": more than what the article counted before ("more than
  // two" carries its own measure).
  if (
    /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)\s+(?:more|fewer|extra|further|additional)\s+(?!than\b)\p{L}/iu.test(
      text,
    )
  )
    return true;
  // "her role in the abortion drama": a work described, not named, is one the article named before
  // ("the film Vera Drake", "the film about …" name or say which).
  const described =
    /\bthe\s+([\p{Ll}-]+)\s+([\p{Ll}]+)\b(?!\s+(?:\p{Lu}|(?:of|about|called|named|by|starring|which|that|who)\b))/gu;
  // ("the modern novel" is the kind itself: an adjective describes no one work.)
  for (const m of text.matchAll(described))
    if (WORK_NOUNS.has(m[2]!) && !lexiconTags(m[1]!).includes('Adjective')) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (REFERRING_PRONOUNS.has(w) && !allow.has(w)) {
      // "it is estimated that …", "it is possible to …": an empty "it" (not "It was immediately
      // successful"). "It is reported to be keen on buying", "it is likely to cost": "it" is the
      // buyer, the project, said before.
      const empty = (x: string) =>
        x === 'that' || (x === 'to' && !/(?:ed|likely)$/.test(words[i + 2] ?? ''));
      if (
        w === 'it' &&
        /^(?:is|was)$/.test(words[i + 1] ?? '') &&
        /(?:ed|ly|ble|ear|ant|ely)$/.test(words[i + 2] ?? '') &&
        words.slice(i + 3, i + 5).some(empty)
      )
        continue;
      if (w === 'one' && words[i + 1] === 'of') continue;
      if (w === 'one') continue;
      return true;
    }
    if (CONTEXT_WORDS.has(w)) {
      // "a former guerrilla" is an ex-guerrilla; "the former guerrilla" and "the former" point back.
      if (
        (w === 'former' || w === 'latter') &&
        words[i - 1] !== 'the' &&
        words[i + 1] &&
        !/^(?:is|was|has|had|said|says|would|will|and|or|of)$/.test(words[i + 1]!)
      )
        continue;
      if (
        (w === 'next' || w === 'previous') &&
        /^(?:year|month|week|day|election)$/.test(words[i + 1] ?? '')
      )
        continue;
      return true;
    }
    // "since that quarter-final tie", "after that match": after a preposition, "that" is a
    // demonstrative ("in that case" too), never a clause's opening.
    // "that idea", "that isn't likely": a demonstrative, not "that" opening a clause.
    if (
      w === 'that' &&
      (ANAPHORIC_NOUNS.has(words[i + 1] ?? '') ||
        /^(?:is|was|isn['’]t|wasn['’]t|would|will|has|had|could|can|means|meant|makes|made|seems)$/.test(
          words[i + 1] ?? '',
        ))
    )
      return true;
    // "the recent falls": recent to what was said before.
    if (w === 'the' && words[i + 1] === 'recent') return true;
    // "Similar rises", "in many other nations": similar to, or other than, something said before
    // ("similar to France", "France and other nations", "each other" carry their own).
    if (w === 'similar' && !/^(?:to|in)$/.test(words[i + 1] ?? '')) return true;
    if (
      w === 'other' &&
      !/^(?:and|or|each|one|no|any)$/.test(words[i - 1] ?? '') &&
      words[i + 1] !== 'than'
    )
      return true;
    if (w === 'the' && isAnaphoricNoun(words[i + 1] ?? '')) {
      const after = words[i + 2] ?? '';
      // "the agreement reached between …", "the plan to …", "the party of …" say which one.
      if (
        !/^(?:of|to|for|between|on|in|with|by|that|which|who|reached|signed|known|called|named|from|against|over|under|about|at)$/.test(
          after,
        )
      )
        return true;
    }
  }
  return /\b(?:do|does|did|doing|done)\s+so\b/i.test(text);
}

/**
 * "The firm said …", "The movie was …", "That PC provides …": a subject that is only "that" and a noun,
 * or "the" and nothing but a noun that usually points back (see ANAPHORIC_NOUNS), names something
 * the article named before.
 */
export function bareDefinite(subject: string): boolean {
  const text = subject.trim();
  // "That PC": a demonstrative points back whatever follows it.
  if (/^that\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu.test(text)) return true;
  // "The firm" alone; "the railway company" says which.
  const m = /^the\s+([\p{L}’'-]+)$/iu.exec(text);
  if (!m) return false;
  const head = m[1]!.toLowerCase().replace(/['’]s$/, '');
  return isAnaphoricNoun(head) && !GENERIC_DEFINITES.has(head);
}

/** "the plan" and "the plans": a noun that, after "the", points back, in either number. */
function isAnaphoricNoun(text: string): boolean {
  const word = text.replace(/['’]s$/, '');
  return ANAPHORIC_NOUNS.has(word) || (/s$/.test(word) && ANAPHORIC_NOUNS.has(word.slice(0, -1)));
}

/** Pronouns a clause's own named subject carries into its predicate ("Moon … his plan"). */
export function ownPronouns(entity: Entity | undefined, plural: boolean): Set<string> {
  // "looking forward to giving him a hug", "hubs encourage people to organise them": an object
  // "him" or "them" is someone or something else (the subject itself would be "himself").
  if (!entity) return new Set(plural ? ['their', 'themselves'] : []);
  if (entity.kind === 'person') return new Set(['his', 'her', 'himself', 'herself']);
  return new Set(plural ? ['their', 'themselves'] : ['its', 'itself']);
}

/** True when a predicate reads as a whole clause: balanced quotes and brackets, not ending mid-phrase. */
export function isWhole(text: string): boolean {
  if ((text.match(/["“”]/g) ?? []).length % 2 !== 0) return false;
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) return false;
  if ((text.match(/\[/g) ?? []).length !== (text.match(/\]/g) ?? []).length) return false;
  return !/\b(?:and|or|but|of|to|the|a|an|with|for|by|in|on|at|that|as|including|such as|like|from|than|between|its|his|her|their|who|which|whose|is|are|was|were|be|been|not|into|about|over|under|even|only|just|also|both|either|more|most|less|very|so)$/i.test(
    text.trim(),
  );
}

/** Deterministic choice among equals: the same salt always picks the same. */
export function hashPick<T>(items: readonly T[], salt: string): T | undefined {
  if (items.length === 0) return undefined;
  const n = parseInt(contentHash(salt), 36);
  return items[n % items.length];
}

/**
 * Picks `count` wrong options from a pool ranked best first, varying which of the near-best are
 * used so the same three names do not come back in every question.
 */
export function pickVaried<T>(pool: readonly T[], count: number, salt: string): T[] {
  if (pool.length <= count) return [...pool];
  const window = pool.slice(0, Math.min(pool.length, count + 2));
  const rotated = [...window];
  const shift = parseInt(contentHash(salt), 36) % window.length;
  const order = [...rotated.slice(shift), ...rotated.slice(0, shift)];
  return order.slice(0, count);
}

/** The sentence holding a clause, and the ranges a stem must not show. */
export function clauseSentence(clause: Clause): Sentence {
  return clause.sentence;
}

export function rangeOfDate(
  sentence: Sentence,
  date: { phraseStart: number; end: number },
): TokenRange {
  return { start: date.phraseStart, end: date.end };
}

/** The importance of a sentence's position: the lead and each paragraph's first sentence state its main idea. */
export function positionWeight(sentence: Sentence): number {
  const lead = sentence.paragraph === 1 ? 0.6 : sentence.paragraph === 2 ? 0.3 : 0;
  const opening = sentence.indexInParagraph === 0 ? 0.3 : 0;
  return lead + opening;
}

/**
 * Evidence for a clause about an entity: its sentence, preceded by the nearest earlier sentence
 * naming the entity when the clause only says "he" (the answer must be stated in the evidence).
 * When the entity's name is the key (`writesName`), the evidence also writes it in full: "Giggs
 * admits …" is cited with the nearest sentence that says "Ryan Giggs".
 */
export function evidenceNaming(
  analysis: Analysis,
  sentence: Sentence,
  entityId: string | undefined,
  options: { writesName?: boolean } = {},
): string[] {
  if (!entityId) return [sentence.id];
  const named = (s: Sentence) =>
    (analysis.names.bySentence.get(s.id) ?? []).some((m) => m.entityId === entityId);
  let cited = [sentence];
  if (!named(sentence))
    for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - 6); k--) {
      const s = analysis.doc.sentences[k];
      if (s && named(s)) {
        cited = [s, sentence];
        break;
      }
    }
  const entity = analysis.names.byId.get(entityId);
  if (options.writesName && entity) {
    const name = displayName(entity);
    const writes = (s: Sentence) => named(s) && s.text.includes(name);
    if (!cited.some(writes)) {
      const sentences = analysis.doc.sentences;
      const earlier = sentences.slice(0, cited[0]!.index).reverse().find(writes);
      const full = earlier ?? sentences.find(writes);
      if (full) cited = [...cited, full].sort((a, b) => a.index - b.index);
    }
  }
  return cited.map((s) => s.id);
}

/** A name used as a modifier of the noun after it ("the U.S. THAAD battery", "the Park administration"). */
export function isModifier(sentence: Sentence, range: TokenRange): boolean {
  const next = sentence.tokens[range.end];
  if (!next) return false;
  const gap = sentence.text.slice(
    sentence.tokens[range.end - 1]!.end - sentence.start,
    next.start - sentence.start,
  );
  if (gap.trim() !== '') return false;
  if (
    next.tags.has('Preposition') ||
    next.tags.has('Conjunction') ||
    next.tags.has('Determiner') ||
    (next.tags.has('Verb') && !next.tags.has('Noun'))
  )
    return false;
  return next.chunk === 'noun' || next.tags.has('Noun') || next.tags.has('Adjective');
}

/**
 * "met Shinzo Abe and Xi Jinping", "in Beijing and Shanghai", "four airports and two seaports": a
 * phrase that is one member of a list is not the whole answer, and blanking it breaks the stem.
 */
export function inList(sentence: Sentence, range: TokenRange): boolean {
  const t = sentence.tokens;
  const after = t[range.end]?.lower ?? '';
  let before = range.start - 1;
  if (t[before]?.lower === 'the') before--;
  // ", and about 40,000 people ride": after a comma, "and" may join two clauses instead.
  const joined =
    /^(?:and|or|nor)$/.test(t[before]?.lower ?? '') && !/,/.test(gapBefore(sentence, before));
  return /^(?:and|or|nor)$/.test(after) || joined;
}

/** A person's gender when the first name tells it (compromise's name lists), else undefined. */
export function genderOf(analysis: Analysis, entity: Entity): 'm' | 'f' | undefined {
  for (const m of entity.mentions) {
    const tokens = analysis.doc.sentenceById.get(m.sentenceId)?.tokens;
    const title = GENDERED_TITLES[tokens?.[m.start - 1]?.lower.replace(/\.$/, '') ?? ''];
    if (title) return title;
    const token = tokens?.[m.start];
    if (hasTag(token, 'MaleName')) return 'm';
    if (hasTag(token, 'FemaleName')) return 'f';
  }
  return undefined;
}

/** "Mrs Parker Bowles", "Sir Elton John": a title that says whether its bearer is a man or a woman. */
const GENDERED_TITLES: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  lady: 'f',
  dame: 'f',
  baroness: 'f',
};

/**
 * "…, who had a 10,000-vote majority in 2001": whether a range lies in an aside of its sentence (a
 * relative clause set off by a comma). An aside is background to the claim: what it says is never
 * the blank nor the thing a false statement changes.
 */
export function inAside(
  analysis: Analysis,
  sentence: Sentence,
  range: TokenRange,
  claim: TokenRange = { start: 0, end: sentence.tokens.length },
): boolean {
  const within = (r: TokenRange, c: Clause) => r.start >= c.introducer && r.end <= c.predicate.end;
  return (analysis.clausesBySentence.get(sentence.id) ?? []).some(
    (c) =>
      c.role === 'relative' &&
      /,/.test(gapBefore(sentence, c.introducer)) &&
      within(range, c) &&
      // The claim asked about may be the aside itself ("Oona King had a majority in 2001").
      !within(claim, c),
  );
}

/** A range inside a name the article names ("the Investment Company Act of 1940"). */
export function insideName(analysis: Analysis, sentence: Sentence, range: TokenRange): boolean {
  const t = sentence.tokens;
  const mentions = analysis.names.bySentence.get(sentence.id) ?? [];
  if (mentions.some((m) => range.start < m.end && m.start < range.end)) return true;
  return t[range.start - 1]?.lower === 'of' && /^\p{Lu}/u.test(t[range.start - 2]?.text ?? '');
}

/**
 * A figure that is part of a name or of a fixed phrase, not a fact to ask or change: inside a name
 * (`insideName`), written against a capitalised word ("the 100% Homegrown show", "Radio 1"), fixed
 * by the phrase it opens ("24 hours a day", WHOLE_SPANS), or a point on a game's clock ("after 16
 * minutes", CLOCK_UNITS).
 */
export function fixedFigure(analysis: Analysis, sentence: Sentence, range: TokenRange): boolean {
  const after = sentence.tokens
    .slice(range.end, range.end + 3)
    .map((w) => w.lower)
    .join(' ');
  return (
    WHOLE_SPANS.includes(after) ||
    CLOCK_UNITS.has(sentence.tokens[range.end]?.lower ?? '') ||
    insideName(analysis, sentence, range) ||
    figureInName(sentence, range)
  );
}

/**
 * A figure written against a capitalised word: "100% Homegrown" (a percentage before a title word),
 * "Radio 1", "Windows 95", "FTSE 100" (after a name word that is no month).
 */
function figureInName(sentence: Sentence, range: TokenRange): boolean {
  const t = sentence.tokens;
  const next = t[range.end];
  const before = t[range.start - 1];
  const percent = /%$/.test(t[range.end - 1]?.text ?? '');
  if (percent && next && /^\p{Lu}\p{Ll}/u.test(next.text)) return true;
  return (
    range.start > 1 &&
    !!before &&
    /^\p{Lu}/u.test(before.text) &&
    !hasTag(before, 'Month', 'Date', 'Preposition', 'Determiner')
  );
}

/**
 * A clause about what is yet to happen: "will have", "is planning", "is due to appear", "are
 * expected to". A date it gives is in the future of the article's own time.
 */
export function forwardLooking(clause: Clause): boolean {
  const t = clause.sentence.tokens;
  if (clause.verb.tense === 'future') return true;
  if (t.slice(clause.verb.start, clause.verb.end).some((w) => /^(?:will|shall)$/.test(w.lower)))
    return true;
  if (/^(?:plan|expect|intend|aim|schedule)$/.test(clause.verb.infinitive)) return true;
  const next = t[clause.verb.end]?.lower ?? '';
  return (
    /^(?:due|set|expected|scheduled|planned|poised)$/.test(next) &&
    t[clause.verb.end + 1]?.lower === 'to'
  );
}

/**
 * "and two cities with populations over 50,000, Missoula and Great Falls": the names counted
 * follow the figure, so a blank or a "How many" on it gives itself away.
 */
export function countedListFollows(sentence: Sentence, range: TokenRange): boolean {
  const last = sentence.tokens[range.end - 1];
  return !!last && COUNTED_LIST.test(sentence.text.slice(last.end - sentence.start));
}

const LIST_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
/** ", Missoula and Great Falls." to the sentence's end (a comma inside "50,000" joins no list). */
const COUNTED_LIST = new RegExp(
  String.raw`^(?:[^,;]|,(?=\S))*,\s+${LIST_NAME}(?:\s*,\s*${LIST_NAME})*,?\s+and\s+${LIST_NAME}\s*[.;]?\s*$`,
  'u',
);
