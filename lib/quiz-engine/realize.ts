import { AUXILIARIES } from './lang/en/verbs';
import { conjugate } from './nlp/verbs';
import type { Sentence, TokenRange } from './nlp/document';
import { hasTag } from './nlp/spans';
import type { Clause } from './stages/clauses';
import type { Entity } from './stages/names';

/**
 * Turning what a clause states into the words of a question or a statement: subject–auxiliary
 * inversion, do-support, and the pieces of a predicate a stem keeps. Everything here reads the
 * annotated tokens; nothing parses text again.
 */

const FIRST_TO_THIRD: Record<string, string> = {
  am: 'is',
  "'m": 'is',
  'i’m': 'is',
  have: 'has',
  do: 'does',
  "don't": "doesn't",
  'don’t': 'doesn’t',
  were: 'was',
  "haven't": "hasn't",
  'haven’t': 'hasn’t',
};

/** Adverbs a stem leaves out: they point to other sentences or only soften the claim. */
const DROPPED_ADVERBS = new Set([
  'also',
  'still',
  'reportedly',
  'then',
  'now',
  'too',
  'already',
  'again',
  'however',
  'meanwhile',
  'later',
  'further',
  'even',
  'thus',
  'therefore',
  'instead',
]);

/** A name as it reads inside a sentence: "the United States", "Moon Jae-in", "the Democratic Party of Korea". */
export function displayName(entity: Entity): string {
  return entity.definite && !/^the\s/i.test(entity.name) ? `the ${entity.name}` : entity.name;
}

/** The text of token ranges of one sentence with some ranges left out, tidied (no double spaces, no dangling commas). */
export function textWithout(
  sentence: Sentence,
  range: TokenRange,
  drop: readonly TokenRange[] = [],
  rewrite?: (word: string) => string | undefined,
  replace?: ReadonlyMap<number, { end: number; text: string }>,
): string {
  const t = sentence.tokens;
  let out = '';
  let previousEnd = -1;
  for (let i = range.start; i < range.end; i++) {
    if (drop.some((d) => i >= d.start && i < d.end)) {
      previousEnd = -2;
      continue;
    }
    const token = t[i]!;
    if (previousEnd >= 0)
      out += sentence.text.slice(previousEnd - sentence.start, token.start - sentence.start);
    else if (out) out += ' ';
    const swap = replace?.get(i);
    if (swap && swap.end <= range.end) {
      out += swap.text;
      previousEnd = t[swap.end - 1]!.end;
      i = swap.end - 1;
      continue;
    }
    out += rewrite?.(token.text) ?? token.text;
    previousEnd = token.end;
  }
  // Closing punctuation written right after the last token belongs to it ("approval)", "'outsider,'").
  return tidy(out);
}

export function tidy(text: string): string {
  return text
    .replace(/\s*\([^()]*\)/g, (m) => (/\(\p{Lu}{2,}\)/u.test(m) ? m : ''))
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
}

/** How the subject of a clause reads in a question: the entity's name, or its noun phrase in running text. */
export function subjectText(
  clause: Clause,
  entity: Entity | undefined,
  capitalized: ReadonlySet<string> = new Set(),
): string {
  if (clause.subjectName) return clause.subjectName;
  if (entity) {
    // A capital standing for its government keeps its written name ("Beijing denounced …").
    const mention = clause.sentence.tokens.slice(clause.subject.start, clause.subject.end);
    const written = mention
      .map((m) => m.text)
      .join(' ')
      .replace(/^the\s+/i, '');
    if (
      entity.kind === 'place' &&
      entity.subtype === 'city' &&
      entity.aliases.concat(entity.name).includes(written)
    )
      return written;
    return displayName(entity);
  }
  const text = textWithout(clause.sentence, clause.subject);
  const first = clause.sentence.tokens[clause.subject.start];
  const proper =
    hasTag(first, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym') &&
    !hasTag(first, 'Determiner');
  const named = !!first && capitalized.has(first.bare) && !hasTag(first, 'Determiner');
  // "A new Supreme Court" opening a sentence reads "a new Supreme Court" inside a question.
  if (hasTag(first, 'Determiner') && !proper) return lowerFirst(text);
  return proper || named || clause.subject.start > 0 ? text : lowerFirst(text);
}

interface VerbParts {
  /** The auxiliary a question puts first ("has", "was", "did"); undefined for a subject question's verb. */
  auxiliary: string;
  /** The verb words after the subject in a question ("been elected", "adopt"). */
  rest: string;
  /** The verb group as a declarative statement writes it without dropped adverbs ("has been elected"). */
  declarative: string;
}

/**
 * The verb group of a clause split for a question: "was named" → was + named; "adopted" → did +
 * adopt; "has been elected" → has + been elected; "is" (copula) → is + "".
 */
export function verbParts(clause: Clause): VerbParts | undefined {
  const { verb, sentence } = clause;
  if (clause.role === 'appositive') {
    const be =
      verb.tense === 'present' ? (clause.plural ? 'are' : 'is') : clause.plural ? 'were' : 'was';
    // "Moon, candidate of the party," reads "Moon was the candidate of the party".
    const first = sentence.tokens[clause.predicate.start];
    const bare =
      first &&
      !hasTag(first, 'Determiner', 'Possessive', 'Value', 'Adjective') &&
      !/^(?:a|an|the|former|then)$/i.test(first.text);
    return { auxiliary: be, rest: '', declarative: bare ? `${be} the` : be };
  }
  const words = sentence.tokens
    .slice(verb.start, verb.end)
    .filter((t) => !DROPPED_ADVERBS.has(t.lower));
  if (words.length === 0) return undefined;
  // "I publish" → "the author publishes": the narrator's verb in the third person.
  const third = (text: string, i: number) => {
    if (clause.pronoun !== 'i' || i > 0) return text;
    const lower = text.toLowerCase();
    if (FIRST_TO_THIRD[lower]) return FIRST_TO_THIRD[lower]!;
    if (words.length === 1 && verb.tense === 'present' && !verb.copula)
      return conjugate(verb.infinitive)?.present ?? text;
    return text;
  };
  const declarative = words
    .map((t, i) => third(t.text, i))
    .join(' ')
    .replace(/["“”]/g, '');
  const head = sentence.tokens[verb.head]!;
  const firstWord = words[0]!;
  if (AUXILIARIES.has(firstWord.lower) && words.length > 1 && firstWord !== head) {
    const rest = words
      .slice(1)
      .map((t) => t.text)
      .join(' ')
      .replace(/["“”]/g, '');
    return { auxiliary: third(firstWord.lower, 0), rest, declarative };
  }
  if (verb.copula && words.length === 1 && AUXILIARIES.has(head.lower)) {
    return { auxiliary: third(head.lower, 0), rest: '', declarative };
  }
  if (verb.negative || words.some((t) => AUXILIARIES.has(t.lower) && t !== head)) return undefined;
  // "Bruvik set up the website in 2001": a singular subject with a bare "set", "put", "cut" is the
  // past (the present would be "sets").
  const bareSingular =
    verb.tense === 'present' &&
    !clause.plural &&
    !/^(?:i|you|we|they)$/.test(clause.pronoun ?? '') &&
    head.lower === verb.infinitive.split(' ')[0];
  const doWord = verb.tense === 'past' || bareSingular ? 'did' : clause.plural ? 'do' : 'does';
  if (verb.tense === 'future') return undefined;
  return { auxiliary: doWord, rest: verb.infinitive, declarative };
}

/** "When did Moon Jae-in unveil his plan …?": a question about something other than the subject. */
export function invertedQuestion(
  wh: string,
  clause: Clause,
  subject: string,
  rest: string,
): string | undefined {
  const parts = verbParts(clause);
  if (!parts) return undefined;
  const words = [wh, parts.auxiliary, subject, parts.rest, rest].filter((w) => w && w.trim());
  return `${words.join(' ').replace(/\s+/g, ' ').trim()}?`;
}

/** "Who suggested a referendum concerning THAAD deployment?": a question about the subject. */
export function subjectQuestion(wh: string, clause: Clause, rest: string): string | undefined {
  const parts = verbParts(clause);
  if (!parts) return undefined;
  return `${[wh, parts.declarative, rest].filter((w) => w && w.trim()).join(' ')}?`;
}

/** "Moon Jae-in suggested a referendum …": a clause restated on its own. */
export function statement(clause: Clause, subject: string, rest: string): string | undefined {
  const parts = verbParts(clause);
  if (!parts) return undefined;
  const text = [subject, parts.declarative, rest].filter((w) => w && w.trim()).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * The first letter in lower case, for a sentence's opening placed inside another ("According to
 * X, the industry …"); an acronym or "I" keeps its capitals ("UK video game firms", never "uK").
 */
export function lowerFirst(text: string): string {
  if (/^(?:\p{Lu}{2}|I\b)/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
