import type { AnalysisContext, Fact } from './analyze';
import type { Entity } from './entities';
import type { Random } from './random';
import type { Evidence, Question, QuestionType } from './schema';
import type { SentenceInfo } from './tokens';

/** A question as a generator writes it: its rank is given only once selection has ordered the kept ones. */
export type DraftQuestion = Question extends infer Q
  ? Q extends Question
    ? Omit<Q, 'rank'>
    : never
  : never;

/** A question before selection: what it shows, what it must not give away, and how good it is. */
export interface Candidate {
  question: DraftQuestion;
  type: QuestionType;
  /** Key facts for the stable id (never the seed, never the option order). */
  idParts: string[];
  /** Strings that answer this question; another question showing one of them next to our sentence gives it away. */
  keys: string[];
  /** Everything a student sees before answering. */
  visible: string;
  /** Sentences that prove the answer. */
  sentenceIds: string[];
  /** Sentences whose content the question shows (evidence options show whole sentences). */
  shownSentenceIds: string[];
  paragraphs: number[];
  score: number;
  /** Entities the question is about or asks for (coverage, spread). */
  entityIds: string[];
  /** Candidates with the same dedupe key are alternatives; at most one is kept. */
  dedupeKey: string;
  /** Content words of what the question asks about; another question showing most of them and a key gives it away. */
  cue?: Set<string>;
}

export interface GeneratorContext {
  analysis: AnalysisContext;
  random: Random;
}

export function evidenceOf(ctx: AnalysisContext, sentenceId: string): Evidence {
  const sentence = ctx.sentenceById.get(sentenceId)!;
  return {
    passageId: sentence.passageId,
    sentenceId,
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
  };
}

export function sentenceOf(ctx: AnalysisContext, fact: Fact): SentenceInfo {
  return ctx.sentenceById.get(fact.sentenceId)!;
}

/** Every way an entity is written, longest first. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const lowerNames = new Map<string, string>();
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `text` contains `name` as whole words (case-insensitive). */
export function mentions(text: string, name: string): boolean {
  return mentionsIn(text, text.toLowerCase(), name);
}

/**
 * `mentions` for callers that test one long text many times and keep its lower-case form. A scan
 * with a boundary check, not a regular expression per name: compiling thousands of Unicode
 * patterns was the largest cost of a first run.
 */
export function mentionsIn(_text: string, lower: string, name: string): boolean {
  let needle = lowerNames.get(name);
  if (needle === undefined) {
    needle = name.trim() ? name.toLowerCase() : '';
    lowerNames.set(name, needle);
  }
  if (!needle) return false;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const before = at > 0 ? lower[at - 1] : undefined;
    const after = lower[at + needle.length];
    if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

export function mentionsEntity(text: string, entity: Entity): boolean {
  return namesOf(entity).some((name) => mentions(text, name.replace(/^the /i, '')));
}

const CLAUSE_CUT =
  /,\s+(?=\p{Ll}+ed\s)|\s+because\b|,\s+(?:and|but|or|which|who|whose|where|while|although|though|because|as|stressing|touching|saying|adding|noting|meaning|including)\b|\s+and\s+(?:also\s+)?(?:are|is|was|were|has|have|had)\b|\s+or\s+at\s+least\b|\s+--\s+|\s+—\s+|\s+–\s+|;\s|:\s/u;

/**
 * The core of a predicate for stems and statements: the first clause, without dates when asked,
 * with "said 24 January 2017 said that" read as "said that". Returns undefined when what is left
 * is too short or still dangling.
 */
export function corePredicate(
  fact: Fact,
  options: {
    dropDates: boolean;
    maxWords?: number;
    /** Default 3; "was abrogated" (2) reads whole only after a named subject. */
    minWords?: number;
    acronyms?: ReadonlyArray<{ short: string; long: string }>;
  },
): string | undefined {
  let text = fact.predicate;
  if (options.dropDates) {
    // Unresolved relative dates ("said Tuesday") mean nothing out of context.
    text = text.replace(
      /\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
      ' ',
    );
    // Cut date phrases from the end backwards so offsets stay valid.
    const spans = [...fact.dateSpans].sort((a, b) => b[0] - a[0]);
    for (const [start, end] of spans) {
      const from = start - fact.predicateStart;
      const to = end - fact.predicateStart;
      if (from < 0 || to > text.length) continue;
      text = `${text.slice(0, from)} ${text.slice(to)}`;
    }
  }
  // "said 24 January 2017 said that": the verb repeated around a date is read once.
  const verb = fact.verb.text;
  text = text.replace(
    new RegExp(
      `^(${escapeRegExp(verb)}\\s+(?:(?:on|in)\\s+)?[^,]{0,30}?\\d{4})\\s+${escapeRegExp(verb)}\\b`,
    ),
    '$1',
  );
  text = text.replace(new RegExp(`^${escapeRegExp(verb)}\\s+${escapeRegExp(verb)}\\b`), verb);
  // Asides in brackets ("(which was repealed in 2009)") are not part of the claim.
  text = text.replace(/\s*\((?![A-Z]{2,}\))[^()]*\)/g, '');
  // "Korean Air and Missile Defense (KAMD) plan" reads "KAMD plan": the long form is an acronym question's answer.
  for (const { short, long } of options.acronyms ?? [])
    text = text.split(`${long} (${short})`).join(short);
  const cut = CLAUSE_CUT.exec(text);
  if (cut) text = text.slice(0, cut.index);
  text = text
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .replace(/\b(\w+) \1\b/gi, '$1')
    .replace(/^[\s,]+|[\s,.;:]+$/g, '')
    .replace(/^also\s+/i, '')
    .trim();
  // A cut that leaves an open quotation or bracket would mangle a quotation.
  if (
    (text.match(/["“”]/g) ?? []).length % 2 !== 0 ||
    (text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length
  )
    return undefined;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < (options.minWords ?? 3) || words > (options.maxWords ?? 30)) return undefined;
  if (
    /\b(?:and|or|but|of|to|the|a|an|with|for|by|in|on|at|that|as|including|include|includes|such as|like|namely|from|than|between)$/i.test(
      text,
    )
  )
    return undefined;
  return text;
}

const DEMONSTRATIVE = /\b(?:this|these|those)\b(?!\s+(?:year|week|month|century|decade)\b)/i;
const THAT_DETERMINER =
  /\bthat\s+(?:view|plan|strategy|agreement|deal|decision|policy|issue|group|move|idea|proposal|direction|approach|time)\b/i;
const ANAPHORIC_HEADS =
  'agreement|strategy|decision|issue|plan|proposal|policy|deal|move|group|idea|view|matter|bill|law|treaty|project|measure|programme|program|system|scheme|plans|talks|conflict|crisis|dispute|change|changes|negotiation|process|remarks|remark|report|effort|efforts|country|company|paper|party|city|vote|act|election|meeting|summit|announcement|ruling|attack|incident|event';
const ANAPHORIC = new RegExp(
  `\\bthe\\s+(?:${ANAPHORIC_HEADS})\\b(?!\\s+(?:of|to|for|between|on|in|with|by|that|which|reached|signed|known|called|named|from|against|over|under|about)\\b)`,
  'i',
);

/**
 * Gate for anything shown as a question: no pronoun or "this/the agreement" whose referent the
 * text itself does not carry. `allowPersonPronoun` lets "his"/"he" refer to the person asked about.
 */
export function hasUnresolvedReference(
  text: string,
  options: { allowPersonPronoun?: boolean; allowPlural?: boolean; allowIts?: boolean } = {},
): boolean {
  // "the country's two major forces" after "South Korea" is resolved within the text itself.
  text = text.replace(
    /\b(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)*\b.*?)\bthe (?:country|nation)(['’]s)?\b/u,
    '$1$2',
  );
  if (DEMONSTRATIVE.test(text) || THAT_DETERMINER.test(text) || ANAPHORIC.test(text)) return true;
  // "That Constitution was promulgated …": a sentence opening on "That" + noun points back.
  if (/^(?:[^:]*:\s*)?That\s+\p{L}+\s/u.test(text) && !/^That\s+(?:is|was|the|a|an)\b/i.test(text))
    return true;
  if (!options.allowPersonPronoun && /\b(?:he|she|him|his|her|hers|himself|herself)\b/i.test(text))
    return true;
  if (!options.allowPlural && /\b(?:they|them|their|theirs|themselves)\b/i.test(text)) return true;
  if (/\b(?:we|our|us|I|my|me)\b/.test(text.replace(/\bU\.?S\.?\b/g, ''))) return true;
  // "it"/"its" need a noun before them in the same text.
  // "it"/"its" could point anywhere before the stem; only the asked-about actor may be its referent.
  if (!options.allowIts && /\b(?:it|its|itself)\b/i.test(text)) return true;
  // "the only major daily to do so": the action is elsewhere.
  if (/\b(?:do|does|did|doing|done)\s+so\b/i.test(text)) return true;
  return false;
}

/** Content words for overlap tests. */
const STOP = new Set(
  'a an the of to in on at for by with and or but that this these those is are was were be been has have had will would can could should as from its it his her their they he she not also which who whom what when where how than then there into about over under after before between through during its'.split(
    ' ',
  ),
);
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.filter((word) => word.length > 2 && !STOP.has(word))
      .map(stem) ?? [],
  );
}

/** "proposed", "proposes", "propose" → "propos": a claim reads the same in any tense. */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s|e)$/, '') : word;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Places the key among the distractors at a seeded position. */
export function arrange(key: string, distractors: readonly string[], random: Random): string[] {
  const options = [...distractors];
  const at = Math.floor(random() * (options.length + 1));
  options.splice(at, 0, key);
  return options;
}

/** "¶3" in words a student reads. */
export function paragraphLabel(n: number): string {
  return `Paragraph ${n}`;
}

export function shortQuote(text: string, maxWords = 24): string {
  const words = text.split(/\s+/);
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')} …`;
}

/** Distinct entities of a kind ranked by how much the article is about them. */
export function rankedEntities(
  ctx: AnalysisContext,
  accept: (entity: Entity) => boolean,
): Entity[] {
  return ctx.entities
    .filter(accept)
    .sort(
      (a, b) =>
        b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

/** Content words of a stem without the words of its answer. */
export function cueOf(text: string, keys: readonly string[] = []): Set<string> {
  const words = contentWords(text);
  for (const key of keys) for (const word of contentWords(key)) words.delete(word);
  return words;
}

/** Two predicates state the same claim: most content words shared, at least two of them. */
export function sameClaim(a: string, b: string): boolean {
  // The verbs are already known to match; compare what they are about.
  const x = contentWords(a.replace(/^\S+\s+/, ''));
  const y = contentWords(b.replace(/^\S+\s+/, ''));
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared >= 2 && shared / Math.min(x.size, y.size) >= 0.5;
}

/**
 * Evidence for a statement about an entity: its sentence, preceded by the nearest earlier sentence
 * that names the entity when the statement's own sentence only says "he"/"she" (the answer must be
 * stated in the evidence).
 */
export function evidenceNaming(
  ctx: AnalysisContext,
  sentenceIds: readonly string[],
  entityId: string | undefined,
): Evidence[] {
  const ids = [...sentenceIds];
  const entity = entityId ? ctx.entityById.get(entityId) : undefined;
  if (entity) {
    const named = ids.some((id) =>
      (ctx.mentionsBySentence.get(id) ?? []).some((m) => m.entityId === entity.id),
    );
    const first = ctx.sentenceById.get(ids[0] ?? '');
    if (!named && first) {
      for (let k = first.index - 1; k >= Math.max(0, first.index - 15); k--) {
        const sentence = ctx.sentences[k];
        if (
          sentence &&
          (ctx.mentionsBySentence.get(sentence.id) ?? []).some((m) => m.entityId === entity.id)
        ) {
          ids.unshift(sentence.id);
          break;
        }
      }
    }
  }
  return ids.map((id) => evidenceOf(ctx, id));
}

/** Evidence without repeats, in reading order of first appearance. */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => (seen.has(e.sentenceId) ? false : (seen.add(e.sentenceId), true)));
}

/** A named organisation or place as subject: "its" in its predicate refers to it ("the Star … its website"). */
export function namedThing(entityId: string | undefined): boolean {
  return !!entityId && (entityId.startsWith('organization:') || entityId.startsWith('place:'));
}
