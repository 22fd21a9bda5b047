import type { DateMention } from './dates';
import type { EntityMention } from './entities';
import type { SentenceInfo, Token } from './tokens';
import { verbForms } from './verbs';

/** The subject of a clause as parsed; `entityId` is filled for names and resolved pronouns. */
export interface ClauseSubject {
  tokenStart: number;
  tokenEnd: number;
  /** As written ("He", "Moon", "The 1962 Constitution"). */
  text: string;
  entityId?: string;
  pronoun?: 'he' | 'she' | 'they' | 'it';
  /** Subject was "X and his party" or "A and B". */
  compound?: 'own-group' | 'pair';
  plural: boolean;
}

/** The verb group of a clause. */
export interface ClauseVerb {
  tokenStart: number;
  tokenEnd: number;
  /** The main verb as written. */
  text: string;
  lemma: string;
  tense: 'past' | 'present' | 'future' | 'modal';
  passive: boolean;
  copula: boolean;
  negated: boolean;
}

/** One subject–verb–predicate clause of a sentence (a coordinated predicate gives two). */
export interface RawClause {
  subject: ClauseSubject;
  verb: ClauseVerb;
  /** First token of the predicate (the verb group's first token) and last token, inclusive. */
  predicateStart: number;
  predicateEnd: number;
  /** Dates that date this clause itself (not a clause nested inside it). */
  dates: DateMention[];
}

const OPENING_CONJUNCTIONS = new Set([
  'but',
  'and',
  'so',
  'yet',
  'also',
  'meanwhile',
  'however',
  'thereafter',
  'subsequently',
  'later',
]);
const ADVERBIAL_OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'since',
  'from',
  'until',
  'by',
  'regarding',
  'although',
  'while',
  'when',
  'though',
  'despite',
  'following',
  'under',
  'as',
  'with',
  'for',
  'however',
  'thereafter',
  'later',
  'earlier',
  'today',
  'initially',
  'originally',
  'eventually',
  'once',
  'unlike',
  'like',
  'between',
  'within',
  'throughout',
  'among',
  'over',
  'around',
  'through',
  'upon',
  'if',
  'because',
  'meanwhile',
]);
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'not',
  "won't",
  'won’t',
  "didn't",
  'didn’t',
  "doesn't",
  'doesn’t',
  "don't",
  'don’t',
  "isn't",
  'isn’t',
  "aren't",
  'aren’t',
  "wasn't",
  'wasn’t',
  "weren't",
  'weren’t',
  "hasn't",
  'hasn’t',
  "haven't",
  'haven’t',
  "hadn't",
  'hadn’t',
  "can't",
  'can’t',
  'cannot',
  "couldn't",
  'couldn’t',
  "wouldn't",
  'wouldn’t',
  "shouldn't",
  'shouldn’t',
  'never',
]);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const NEGATIONS = /^(?:not|never|cannot|.*n['’]t)$/;
const PRONOUNS: Record<string, ClauseSubject['pronoun']> = {
  he: 'he',
  she: 'she',
  they: 'they',
  it: 'it',
};
const OWN_GROUP = /^(?:his|her|their|its)$/;
const CLAUSE_MARKERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'if',
  'whether',
  'when',
  'although',
  'while',
  'where',
  'though',
  'unless',
  'so',
]);

export function isVerbToken(token: Token | undefined): boolean {
  if (!token) return false;
  const t = token.tags;
  return t.has('Verb') && !t.has('Gerund') && !t.has('Adjective');
}

function isAdverb(token: Token | undefined): boolean {
  return (
    !!token &&
    token.tags.has('Adverb') &&
    !token.tags.has('Verb') &&
    !/^(?:not|never)$/.test(token.lower)
  );
}

/** Index of the comma closing an appositive or relative clause opened at `from` (a comma). */
function closingComma(tokens: readonly Token[], from: number): number {
  for (let k = from + 1; k < Math.min(tokens.length, from + 30); k++) {
    const text = tokens[k]?.text;
    if (text === ',') return k;
    if (text === '"' || text === '“' || text === '”' || text === ';' || text === ':') return -1;
  }
  return -1;
}

/**
 * Parses the main clause(s) of a sentence: [opener,] SUBJECT [, appositive,] [adverbs] VERB predicate.
 * Returns nothing when the shape is not recognised; callers never guess.
 */
export function parseClauses(
  sentence: SentenceInfo,
  mentions: ReadonlyArray<EntityMention & { entityId: string }>,
  dates: readonly DateMention[],
  insideQuote = false,
): RawClause[] {
  const tokens = sentence.tokens;
  let i = 0;
  if (tokens[0] && /^["“‘(]$/.test(tokens[0].text)) return [];
  if (insideQuote) return [];
  if (tokens[i] && OPENING_CONJUNCTIONS.has(tokens[i]!.lower)) {
    i++;
    if (tokens[i]?.text === ',') i++;
  }
  // "First convened in 1973, the Senate's …": a participle phrase opens the sentence.
  const lead =
    isAdverb(tokens[i]) || /^(?:first|originally|later|once)$/.test(tokens[i]?.lower ?? '')
      ? i + 1
      : i;
  let openerDates = true;
  const participleOpener =
    tokens[lead]?.tags.has('PastTense') ||
    tokens[lead]?.tags.has('Participle') ||
    tokens[lead]?.tags.has('Gerund');
  if (tokens[i] && (ADVERBIAL_OPENERS.has(tokens[i]!.lower) || participleOpener)) {
    let comma = -1;
    for (let k = i + 1; k < Math.min(tokens.length, i + 30); k++) {
      const text = tokens[k]?.text;
      if (text === ',') {
        // "On October 7, 1958," — a comma inside a date is not the end of the opener.
        const date = dates.find(
          (d) =>
            d.start - 0 <= tokens[k]!.start - sentence.start &&
            d.end > tokens[k]!.start - sentence.start,
        );
        if (date) continue;
        comma = k;
        break;
      }
      if (text && /^["“;:]$/.test(text)) break;
    }
    if (comma < 0) return [];
    // "In 1971," dates the clause; "First convened in 1973," or "When the war ended in 1945," dates
    // something else.
    openerDates = !participleOpener && !tokens.slice(i, comma).some((t) => isVerbToken(t));
    i = comma + 1;
  }
  const subject = parseSubject(sentence, i, mentions);
  if (!subject) return [];
  let j = subject.tokenEnd + 1;
  // Appositive or non-restrictive relative clause: ", candidate of the Democratic Party of Korea,"
  while (tokens[j]?.text === ',' || tokens[j]?.text === '(') {
    if (tokens[j]?.text === '(') {
      const close = tokens.findIndex((t, k) => k > j && t.text === ')');
      if (close < 0) return [];
      j = close + 1;
      continue;
    }
    const close = closingComma(tokens, j);
    if (close < 0) return [];
    const inner = tokens.slice(j + 1, close);
    const relative = inner[0] && /^(?:who|which|whose)$/.test(inner[0].lower);
    const dated = dates.some(
      (d) =>
        d.start >= tokens[j]!.end - sentence.start &&
        d.end <= tokens[close]!.start - sentence.start,
    );
    if (
      !relative &&
      !dated &&
      inner.some((t) => isVerbToken(t) && !t.tags.has('Participle') && !t.tags.has('PastTense'))
    )
      return [];
    j = close + 1;
  }
  const verbStart = findVerbGroupStart(sentence, j, dates);
  if (verbStart < 0) return [];
  const verb = parseVerbGroup(tokens, verbStart);
  if (!verb) return [];
  let end = tokens.length - 1;
  while (end > verb.tokenEnd && /^[.!?]$/.test(tokens[end]?.text ?? '')) end--;
  const semicolon = tokens.findIndex((t, k) => k > verb.tokenEnd && t.text === ';');
  if (semicolon > 0) end = semicolon - 1;

  const clauses: RawClause[] = [];
  // A second verb of the same tense after "and" shares the subject: "called for X and also suggested Y".
  const split = findCoordinatedVerb(tokens, verb, end);
  if (split) {
    clauses.push(
      makeClause(
        sentence,
        subject,
        verb,
        verbStart,
        split.andIndex - 1 - (tokens[split.andIndex - 1]?.text === ',' ? 1 : 0),
        dates,
        i,
        undefined,
        openerDates,
      ),
    );
    clauses.push(
      makeClause(
        sentence,
        subject,
        split.verb,
        split.verb.tokenStart,
        end,
        dates,
        i,
        verb.tokenStart,
        openerDates,
      ),
    );
  } else {
    clauses.push(
      makeClause(sentence, subject, verb, verbStart, end, dates, i, undefined, openerDates),
    );
  }
  return clauses;
}

function parseSubject(
  sentence: SentenceInfo,
  i: number,
  mentions: ReadonlyArray<EntityMention & { entityId: string }>,
): ClauseSubject | undefined {
  const tokens = sentence.tokens;
  const first = tokens[i];
  if (!first) return undefined;
  const pronoun = PRONOUNS[first.lower];
  let subject: ClauseSubject | undefined;
  if (pronoun) {
    subject = { tokenStart: i, tokenEnd: i, text: first.text, pronoun, plural: pronoun === 'they' };
  } else {
    const skip = first.lower === 'the' ? 1 : 0;
    const mention = mentions.find((m) => m.tokenStart === i || m.tokenStart === i + skip);
    const after = tokens[mention ? mention.tokenEnd + 1 : 0];
    // "The Roh administration": a name before a common noun only modifies it.
    const modifier =
      !!after &&
      /^\p{Ll}/u.test(after.text) &&
      after.tags.has('Noun') &&
      !after.tags.has('Verb') &&
      after.lower !== 'and';
    if (mention && !modifier && !/^['’]s$/.test(after?.text ?? '')) {
      const start = Math.min(i, mention.tokenStart);
      subject = {
        tokenStart: start,
        tokenEnd: mention.tokenEnd,
        text: sentence.text.slice(
          tokens[start]!.start - sentence.start,
          tokens[mention.tokenEnd]!.end - sentence.start,
        ),
        entityId: mention.entityId,
        plural: mention.entityId.startsWith('group:'),
      };
    } else {
      // A plain noun phrase subject ("The 1962 Constitution"): up to the verb, short, no clause inside.
      if (
        first.tags.has('Gerund') ||
        first.tags.has('Verb') ||
        first.tags.has('Preposition') ||
        first.tags.has('Conjunction') ||
        first.tags.has('Adverb') ||
        /^(?:to|his|her|its|their|our|my|another|many|some|most|first|then|there|here)$/.test(
          first.lower,
        )
      )
        return undefined;
      let k = i;
      while (
        k < tokens.length &&
        k < i + 7 &&
        !isVerbToken(tokens[k]) &&
        !AUXILIARIES.has(tokens[k]!.lower) &&
        !/^[,;:"“”()]$/.test(tokens[k]!.text)
      ) {
        if (/^(?:who|which|that|whose|whom)$/.test(tokens[k]!.lower)) return undefined;
        k++;
      }
      if (
        k === i ||
        k >= tokens.length ||
        !(isVerbToken(tokens[k]) || AUXILIARIES.has(tokens[k]!.lower))
      )
        return undefined;
      const last = tokens[k - 1]!;
      // A subject needs a noun to be about something ("First convened …" has none).
      if (!tokens.slice(i, k).some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun')))
        return undefined;
      subject = {
        tokenStart: i,
        tokenEnd: k - 1,
        text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
        plural: last.tags.has('Plural'),
      };
    }
  }
  const and = tokens[subject.tokenEnd + 1];
  if (and?.lower === 'and') {
    const next = tokens[subject.tokenEnd + 2];
    if (next && OWN_GROUP.test(next.lower)) {
      subject.compound = 'own-group';
      subject.plural = true;
      subject.tokenEnd += 3;
    } else if (
      mentions.some(
        (m) => m.tokenStart === subject!.tokenEnd + 2 || m.tokenStart === subject!.tokenEnd + 3,
      )
    ) {
      const other = mentions.find(
        (m) => m.tokenStart === subject!.tokenEnd + 2 || m.tokenStart === subject!.tokenEnd + 3,
      )!;
      subject.compound = 'pair';
      subject.plural = true;
      subject.tokenEnd = other.tokenEnd;
    } else return undefined;
  }
  return subject;
}

function findVerbGroupStart(
  sentence: SentenceInfo,
  j: number,
  dates: readonly DateMention[],
): number {
  const tokens = sentence.tokens;
  let k = j;
  for (let guard = 0; guard < 8 && k < tokens.length; guard++) {
    const token = tokens[k]!;
    if (AUXILIARIES.has(token.lower) || isVerbToken(token)) return k;
    if (isAdverb(token)) {
      k++;
      continue;
    }
    // "on 23 April 2017 unveiled", "said Tuesday that" — a date between subject and verb.
    const rel = token.start - sentence.start;
    const date = dates.find((d) => d.phraseStart <= rel && rel < d.end);
    if (date) {
      while (k < tokens.length && tokens[k]!.start - sentence.start < date.end) k++;
      if (tokens[k]?.text === ',') k++;
      continue;
    }
    return -1;
  }
  return -1;
}

function parseVerbGroup(tokens: readonly Token[], start: number): ClauseVerb | undefined {
  let k = start;
  let negated = false;
  let lastAux = -1;
  while (
    k < tokens.length &&
    (AUXILIARIES.has(tokens[k]!.lower) || (k > start && isAdverb(tokens[k])))
  ) {
    if (NEGATIONS.test(tokens[k]!.lower)) negated = true;
    if (AUXILIARIES.has(tokens[k]!.lower)) lastAux = k;
    k++;
  }
  const firstWord = tokens[start]!.lower;
  const main = tokens[k];
  let mainIndex = k;
  const copulaOnly = !isVerbToken(main) || (main?.tags.has('Adjective') ?? false);
  if (copulaOnly) {
    // "is a Canadian broadsheet", "was originally 45": the copula is the verb.
    if (lastAux < 0 || !COPULAS.has(tokens[lastAux]!.lower)) return undefined;
    mainIndex = lastAux;
  }
  const mainToken = tokens[mainIndex]!;
  const lemma = lemmaOf(mainToken);
  if (!lemma) return undefined;
  const auxWords = tokens.slice(start, mainIndex).map((t) => t.lower);
  const passive =
    !copulaOnly &&
    auxWords.some((w) => COPULAS.has(w)) &&
    (mainToken.tags.has('PastTense') || mainToken.tags.has('Participle'));
  const tense: ClauseVerb['tense'] = /^(?:will|won['’]t)$/.test(firstWord)
    ? 'future'
    : /^(?:would|can|could|should|shall|may|might|must|cannot|can['’]t|couldn['’]t|wouldn['’]t|shouldn['’]t)$/.test(
          firstWord,
        )
      ? 'modal'
      : /^(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t)$/.test(firstWord) ||
          (start === mainIndex && mainToken.tags.has('PastTense'))
        ? 'past'
        : 'present';
  return {
    tokenStart: start,
    tokenEnd: mainIndex,
    text: mainToken.text,
    lemma,
    tense,
    passive,
    copula: COPULAS.has(mainToken.lower) && copulaOnly,
    negated,
  };
}

function findCoordinatedVerb(
  tokens: readonly Token[],
  verb: ClauseVerb,
  end: number,
): { andIndex: number; verb: ClauseVerb } | undefined {
  if (
    verb.copula ||
    verb.passive ||
    verb.tense === 'modal' ||
    verb.tense === 'future' ||
    verb.tokenStart !== verb.tokenEnd
  )
    return undefined;
  for (let k = verb.tokenEnd + 2; k < end; k++) {
    const token = tokens[k]!;
    if (CLAUSE_MARKERS.has(token.lower) || /^["“”]$/.test(token.text)) return undefined;
    if (token.lower !== 'and') continue;
    let v = k + 1;
    while (isAdverb(tokens[v])) v++;
    const candidate = tokens[v];
    if (!candidate || !isVerbToken(candidate)) continue;
    const sameTense =
      verb.tense === 'past' ? candidate.tags.has('PastTense') : candidate.tags.has('PresentTense');
    if (!sameTense) continue;
    const lemma = lemmaOf(candidate);
    if (!lemma) continue;
    return {
      andIndex: k,
      verb: {
        tokenStart: k + 1,
        tokenEnd: v,
        text: candidate.text,
        lemma,
        tense: verb.tense,
        passive: false,
        copula: false,
        negated: false,
      },
    };
  }
  return undefined;
}

function makeClause(
  sentence: SentenceInfo,
  subject: ClauseSubject,
  verb: ClauseVerb,
  predicateStart: number,
  predicateEnd: number,
  dates: readonly DateMention[],
  openerEnd: number,
  firstVerbStart?: number,
  openerDates = true,
): RawClause {
  const tokens = sentence.tokens;
  // Nested clauses start at a clause marker or a second finite verb; dates after that date them, not us.
  let nested = predicateEnd + 1;
  for (let k = verb.tokenEnd + 1; k <= predicateEnd; k++) {
    const token = tokens[k]!;
    if (
      CLAUSE_MARKERS.has(token.lower) ||
      /^["“”]$/.test(token.text) ||
      (isVerbToken(token) && !AUXILIARIES.has(token.lower) && !token.tags.has('Participle'))
    ) {
      nested = k;
      break;
    }
  }
  const rel = (k: number) => (tokens[k] ? tokens[k]!.start - sentence.start : sentence.text.length);
  const windowStart = 0;
  const clauseDates = dates.filter((d) => {
    if (d.role !== 'adverbial') return false;
    // "(after 1917)": a date in brackets qualifies an aside, not the clause.
    const before = sentence.text.slice(0, d.start);
    if (before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
    if (d.start < rel(openerEnd)) return openerDates && d.start >= windowStart;
    if (d.start < rel(firstVerbStart ?? predicateStart)) {
      // Between subject and verb, a date inside an appositive (", which came to power in December
      // 1971,") dates that aside; one after it ("…, on 23 April 2017 unveiled") dates the clause.
      const between = sentence.text.slice(rel(subject.tokenEnd + 1), d.start);
      return (between.match(/,/g) ?? []).length % 2 === 0;
    }
    return (
      d.start >= rel(verb.tokenEnd) &&
      d.end <= rel(nested - 1) + (tokens[nested - 1]?.text.length ?? 0) &&
      d.start < rel(predicateEnd + 1)
    );
  });
  return { subject, verb, predicateStart, predicateEnd, dates: clauseDates };
}

/** The verb's lemma from the parse (compromise root), or from conjugating the word when it has none. */
function lemmaOf(token: Token): string | undefined {
  if (COPULAS.has(token.lower) || /^(?:has|have|had)$/.test(token.lower))
    return verbForms(token.text)?.infinitive;
  return token.root && /^[a-z-]+$/.test(token.root)
    ? token.root
    : verbForms(token.text)?.infinitive;
}
