import {
  APPROXIMATORS,
  CONNECTIVE_OPENERS,
  COORDINATORS,
  MIDDLE_ADVERBS,
  RELATIVE_PRONOUNS,
  SUBORDINATOR_MODIFIERS,
  SUBORDINATORS,
} from '../lang/en/clauses';
import { TITLES } from '../lang/en/names';
import { OBJECT_COMPLEMENT_VERBS, REPORTING_VERBS, SPEECH_VERBS } from '../lang/en/verbs';
import type { Sentence, Token, TokenRange, VerbGroup } from '../nlp/document';
import { gapBefore, hasTag } from '../nlp/spans';
import type { Mention } from './names';

/**
 * How a clause hangs in its sentence: the main clause, one joined to it by "and"/"but", one
 * embedded as what a verb says ("said [that Seoul should …]"), a relative clause about a noun
 * ("Ahn Cheol-soo, [who was the nominee …]"), a subordinate one ("[because it was reached …]"), or
 * an appositive read as "is/was" ("Moon, [a former chairman of the party],").
 */
export type ClauseRole =
  'main' | 'coordinate' | 'embedded' | 'relative' | 'subordinate' | 'appositive';

/** A subject, a verb group and what follows the verb, inside one sentence. */
export interface Clause {
  id: string;
  sentence: Sentence;
  subject: TokenRange;
  /** The name the subject is (filled for names here, for pronouns by coreference). */
  subjectEntity?: string;
  /** A subject resolved to words rather than a name: "It" for the article's topic ("the 2008 Sichuan earthquake"). */
  subjectName?: string;
  /** A pronoun subject, lower case ("he", "they"). */
  pronoun?: string;
  plural: boolean;
  verb: VerbGroup;
  /** What follows the verb group, to the end of the clause (half-open). */
  predicate: TokenRange;
  role: ClauseRole;
  /** For a subordinate clause: the word that opened it, and what it says (cause, time …). */
  subordinator?: string;
  relation?: (typeof SUBORDINATORS)[string];
  /** The clause this one depends on (embedded, relative, subordinate), by index in the sentence. */
  parent?: number;
  /** Written inside quotation marks. */
  quoted: boolean;
  /** Where the clause's own words begin: its subject, or the word that joins it ("that", "which", "and"). */
  introducer: number;
  /**
   * False when the parse is a guess a question must not rest on: a relative clause whose noun could
   * be another one ("an approach to dealing with North Korea, which failed …"), a second predicate
   * that is really an infinitive ("pledged to speed up X and improve Y").
   */
  reliable: boolean;
}

const isAdverb = (t: Token | undefined) =>
  !!t &&
  ((hasTag(t, 'Adverb') && !hasTag(t, 'Negative', 'Verb') && !/^(?:not|never)$/.test(t.lower)) ||
    MIDDLE_ADVERBS.has(t.lower));

const NP_TAGS = [
  'Noun',
  'Pronoun',
  'Determiner',
  'Adjective',
  'Value',
  'ProperNoun',
  'Acronym',
  'Possessive',
];

function inNounPhrase(t: Token): boolean {
  if (RELATIVE_PRONOUNS.has(t.lower) || t.lower in SUBORDINATORS) return false;
  if (hasTag(t, 'Verb') && !hasTag(t, 'Noun', 'Adjective', 'ProperNoun')) return false;
  if (
    hasTag(t, 'Preposition', 'Conjunction', 'QuestionWord') &&
    t.lower !== 'of' &&
    t.lower !== '&'
  )
    return false;
  return t.chunk === 'noun' || hasTag(t, ...NP_TAGS) || t.lower === 'of' || t.lower === '&';
}

/** Token index → inside a quotation (passage-level quote spans, as passage offsets). */
export type QuotedAt = (sentence: Sentence, token: number) => boolean;

/**
 * Finds the subject of a verb group by reading left from it: adverbs, a date phrase and an
 * appositive between commas are skipped; the noun phrase ends at a determiner, a preposition or
 * punctuation. Undefined when no noun phrase stands there.
 */
function subjectOf(
  sentence: Sentence,
  verb: VerbGroup,
  floor: number,
): { range: TokenRange; relative?: number; apposition?: TokenRange } | undefined {
  const t = sentence.tokens;
  let k = verb.start - 1;
  while (k >= floor && isAdverb(t[k]) && gapBefore(sentence, k + 1).trim() === '') k--;
  // "Moon on 23 April 2017 unveiled", "Moon, on Tuesday, said".
  const date = sentence.dates.find((d) => d.end === k + 1);
  // "Moon on 23 April 2017 unveiled" — but not "Mugabe, who has led Zimbabwe since 1980, is": that
  // date closes an aside.
  if (date && !/,/.test(gapBefore(sentence, k + 1))) k = date.phraseStart - 1;
  let apposition: TokenRange | undefined;
  // "The five boroughs – Brooklyn, …, and Staten Island – were consolidated": a dashed aside.
  const dash = /\s[–—]\s*$|\s--\s*$/;
  if (k >= floor && dash.test(gapBefore(sentence, k + 1))) {
    let open = k;
    while (open > floor && !dash.test(gapBefore(sentence, open))) open--;
    if (open > floor && dash.test(gapBefore(sentence, open))) k = open - 1;
    else return undefined;
  } else if (k >= floor && /,\s*$/.test(gapBefore(sentence, k + 1))) {
    // An appositive or a relative clause between commas: find the comma that opens it.
    let open = k;
    while (open > floor && !/,/.test(gapBefore(sentence, open))) open--;
    if (open <= floor || !/,/.test(gapBefore(sentence, open))) return undefined;
    const first = t[open]!;
    // "The priest, Fidelis Mukonori, is …", "Mr Mugabe, still seen by many as a hero, is …".
    const named =
      /^\p{Lu}/u.test(first.text) &&
      t
        .slice(open, k + 1)
        .every((w) => /^\p{Lu}/u.test(w.text) || hasTag(w, 'Determiner') || w.lower === 'of');
    const appositive =
      /^(?:a|an|the|who|which|whose|former|then|now|currently|also|its|his|her|their|still|once|long|widely|best)$/.test(
        first.lower,
      ) ||
      TITLES.has(first.lower) ||
      sentence.dates.some((d) => d.phraseStart === open) ||
      hasTag(first, 'Value') ||
      (hasTag(first, 'PastTense', 'Participle') && !hasTag(first, 'Noun')) ||
      named;
    if (!appositive) return undefined;
    apposition = { start: open, end: k + 1 };
    k = open - 1;
  }
  if (k < floor) return undefined;
  if (RELATIVE_PRONOUNS.has(t[k]!.lower) && t[k]!.lower !== 'whose') {
    // "Ahn Cheol-soo, who was the nominee": the subject is the noun the relative clause is about.
    const antecedent = nounPhraseEndingAt(sentence, k - 1, floor);
    return antecedent ? { range: antecedent, relative: k } : undefined;
  }
  let range = nounPhraseEndingAt(sentence, k, floor);
  if (!range) return undefined;
  // "Scholars within China argue": a noun phrase with a phrase after it, when it opens the clause.
  const preposition = t[range.start - 1];
  if (
    preposition &&
    hasTag(preposition, 'Preposition') &&
    !/^(?:than|as|like)$/.test(preposition.lower) &&
    gapBefore(sentence, range.start).trim() === ''
  ) {
    const head = nounPhraseEndingAt(sentence, range.start - 2, floor);
    if (
      head &&
      (head.start === floor || /,\s*$/.test(gapBefore(sentence, head.start))) &&
      gapBefore(sentence, range.start - 1).trim() === ''
    )
      range = { start: head.start, end: range.end };
  }
  return apposition ? { range, apposition } : { range };
}

function nounPhraseEndingAt(sentence: Sentence, k: number, floor: number): TokenRange | undefined {
  const t = sentence.tokens;
  if (k < floor || !t[k] || !inNounPhrase(t[k]!)) return undefined;
  let i = k;
  while (i > floor) {
    const previous = t[i - 1]!;
    if (gapBefore(sentence, i).trim() !== '') break;
    // "Moon Jae-in and his party": two noun phrases joined by "and" are one subject.
    if (
      previous.lower === 'and' &&
      i - 2 >= floor &&
      inNounPhrase(t[i - 2]!) &&
      gapBefore(sentence, i - 1).trim() === '' &&
      !hasTag(t[i - 2], 'Verb')
    ) {
      i--;
      continue;
    }
    if (!inNounPhrase(previous)) break;
    // A date phrase before the noun phrase ends it ("the 10th century the Normans"); a bare year
    // inside one ("the 2008 Sichuan earthquake") is a modifier.
    const yearModifier = /^\d{4}$/.test(previous.text) && hasTag(t[i - 2], 'Determiner');
    if (
      !yearModifier &&
      sentence.dates.some((d) => d.start <= i - 1 && i - 1 < d.end) &&
      !sentence.dates.some((d) => d.start <= i && i < d.end)
    )
      break;
    // A determiner opens its noun phrase: "the 10th century the Normans" is two.
    if (
      hasTag(t[i], 'Determiner') &&
      !/^(?:of|&|and)$/.test(previous.lower) &&
      !previous.possessive
    )
      break;
    i--;
  }
  while (i <= k && /^(?:of|&|and)$/.test(t[i]!.lower)) i++;
  if (i > k) return undefined;
  // "about 40,000 people", "more than 300 workers": the words that make a number approximate.
  if (hasTag(t[i], 'Value') && gapBefore(sentence, i).trim() === '') {
    const before = t[i - 1]?.lower ?? '';
    if (i - 1 >= floor && APPROXIMATORS.has(before)) i--;
    else if (i - 2 >= floor && before === 'than' && /^(?:more|fewer|less)$/.test(t[i - 2]!.lower))
      i -= 2;
  }
  const words = t.slice(i, k + 1);
  if (!words.some((w) => hasTag(w, 'Noun', 'Pronoun', 'ProperNoun', 'Acronym', 'Value')))
    return undefined;
  if (words.every((w) => hasTag(w, 'Determiner'))) return undefined;
  if (words.length > 14) return undefined;
  return { start: i, end: k + 1 };
}

/** "the strategy sought by the government": a participle after its noun, not a clause verb. */
export function reducedParticiple(sentence: Sentence, verb: VerbGroup): boolean {
  const t = sentence.tokens;
  if (verb.auxiliary.length > 0) return false;
  if (
    t[verb.end]?.lower === 'by' &&
    hasTag(t[verb.start - 1], 'Noun') &&
    !hasTag(t[verb.start - 1], 'Pronoun')
  )
    return true;
  // "the crash that left his jaw fractured in three places": a participle completing what a verb
  // like "leave" or "make" does to its object, not a clause of its own.
  if (!/(?:ed|en)$/.test(t[verb.head]?.lower ?? '')) return false;
  const before = sentence.verbs.filter((v) => v.end <= verb.start && v.finite).pop();
  if (!before || !OBJECT_COMPLEMENT_VERBS.has(before.infinitive)) return false;
  const object = t.slice(before.end, verb.start);
  return (
    object.length >= 1 &&
    object.length <= 4 &&
    object.every((w) => !hasTag(w, 'Verb', 'Conjunction', 'Preposition')) &&
    !/[,;]/.test(
      sentence.text.slice(
        t[before.end]!.start - sentence.start,
        t[verb.start]!.start - sentence.start,
      ),
    )
  );
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * The clauses of one sentence. A verb group with no readable subject is left out rather than guessed;
 * a second predicate after "and" shares the first one's subject.
 */
export function parseClauses(
  sentence: Sentence,
  mentions: readonly Mention[],
  quotedAt: QuotedAt,
): Clause[] {
  const t = sentence.tokens;
  const clauses: Clause[] = [];
  // Participle and gerund openers ("Situated on …,", "Opposing Park …") are not clause verbs.
  const verbs = sentence.verbs.filter(
    (v) =>
      v.finite &&
      !reducedParticiple(sentence, v) &&
      !(
        v.start === 0 &&
        v.auxiliary.length === 0 &&
        (hasTag(t[v.head], 'Gerund') ||
          (/,/.test(sentence.text.slice(0, 60)) &&
            hasTag(t[v.head], 'PastTense') &&
            hasTag(t[v.end], 'Preposition')))
      ),
  );
  let floor = 0;
  while (floor < t.length && CONNECTIVE_OPENERS.has(t[floor]!.lower)) floor++;
  // "First convened in 1973, the Senate …": a participle after opening adverbs is an opener too.
  const openerVerb = sentence.verbs.find(
    (v) =>
      v.auxiliary.length === 0 &&
      t.slice(floor, v.start).every((w) => isAdverb(w) || hasTag(w, 'Ordinal')) &&
      hasTag(t[v.head], 'PastTense') &&
      /,/.test(sentence.text.slice(0, 80)) &&
      !t.slice(floor, v.start).some((w) => hasTag(w, 'Noun')),
  );
  const openerEnd = openerVerb
    ? t.findIndex((w, i) => i > openerVerb.end && /,/.test(gapBefore(sentence, i)))
    : -1;
  verbs.forEach((verb) => {
    if (openerVerb && verb === openerVerb && openerEnd > 0) return;
    const quoted = quotedAt(sentence, verb.head);
    const found = subjectOf(sentence, verb, floor);
    let subject = found?.range;
    // "The troops who seized power arrested the ministers": what stands before the verb ends a
    // relative clause without commas; the clause is about that relative clause's noun.
    // Not "an event that occurred in 1936, when she was 10": a subordinator, a comma or a pronoun
    // opens a subject of its own.
    const ownSubject =
      !!subject &&
      (PRONOUN_SUBJECTS.has(t[subject.start]!.lower) ||
        /,/.test(gapBefore(sentence, subject.start)) ||
        (t[subject.start - 1]?.lower ?? '') in SUBORDINATORS);
    const host =
      subject && found?.relative === undefined && !ownSubject
        ? clauses.find(
            (c) =>
              c.role === 'relative' &&
              c.verb.end <= subject!.start &&
              !/,/.test(gapBefore(sentence, c.introducer)) &&
              c.predicate.end > subject!.start &&
              // Only a relative clause inside the sentence's subject: in "Ampas decided to limit
              // the number of producers who could be nominated after …'s victory saw …" the noun
              // is an object, and "saw" is not its verb.
              !clauses.some((o) => o.role !== 'relative' && o.verb.end <= c.subject.start) &&
              // "movie studios launched a legal campaign against websites that helped people swap
              // pirated movies": nor after a verb whose subject went unread, with no comma between.
              !sentence.verbs.some(
                (v) =>
                  v.finite &&
                  v.end <= c.subject.start &&
                  !/,/.test(
                    sentence.text.slice(
                      t[v.end - 1]!.end - sentence.start,
                      t[c.subject.start]!.start - sentence.start,
                    ),
                  ),
              ) &&
              // "In Britain that would be a bad year; in Germany it is …": never across a semicolon.
              !/;/.test(
                sentence.text.slice(
                  t[c.subject.start]!.start - sentence.start,
                  t[verb.start]!.start - sentence.start,
                ),
              ),
          )
        : undefined;
    if (host) {
      host.predicate = { start: host.predicate.start, end: verb.start };
      subject = host.subject;
    }
    let role: ClauseRole = found?.relative !== undefined ? 'relative' : 'main';
    let introducer = found?.relative ?? found?.range.start ?? verb.start;
    let reliable = true;
    let parent: number | undefined;
    let subordinator: string | undefined;
    if (subject) {
      const before = t[subject.start - 1];
      const word = before?.lower ?? '';
      if (host) {
        introducer = subject.start;
      } else if (found?.relative !== undefined) {
        parent = lastIndexBefore(clauses, subject.start);
        // "who" after a name is about that name; "which" after a noun inside a phrase ("an approach
        // to dealing with North Korea, which …") may be about another noun.
        const pronounWord = t[found.relative]!.lower;
        // "the departure of Mr Mugabe, who has led Zimbabwe": "who" is about the person named last.
        const person = mentions.find(
          (m) =>
            m.end === subject!.end && m.start > subject!.start && m.entityId.startsWith('person:'),
        );
        if (person && (pronounWord === 'who' || pronounWord === 'whom')) {
          let start = person.start;
          while (start > subject.start && TITLES.has(t[start - 1]!.lower.replace(/\.$/, '')))
            start--;
          if (/^(?:of|for|to|with|by)$/.test(t[start - 1]?.lower ?? ''))
            subject = { start, end: person.end };
        }
        // The antecedent must be the name itself ("the departure of Mr Mugabe, who …" is not about Mugabe).
        const head = mentions.find((m) => m.end === subject!.end && isHeadMention(t, m, subject!));
        const inPhrase =
          hasTag(t[subject.start - 1], 'Preposition') || t[subject.start - 1]?.lower === 'by';
        // "including Columbia University, New York University, and Rockefeller University, which
        // have been ranked …": after the last member of a list, "which" may be about all of them.
        const compound =
          t.slice(subject.start, subject.end).some((w) => w.lower === 'and') ||
          /^(?:and|or)$/.test(t[subject.start - 1]?.lower ?? '');
        reliable =
          !!head && !compound && (pronounWord === 'who' || pronounWord === 'whom' || !inPhrase);
      } else if (
        word === 'that' ||
        word === 'whether' ||
        (word === 'if' && isSpeech(clauses, subject.start))
      ) {
        role = 'embedded';
        introducer = subject.start - 1;
        const previous = clauses[clauses.length - 1];
        // "… that Pyongyang should denuclearize and that U.S. weapons cannot be allowed": both are what was said.
        parent =
          previous &&
          previous.role === 'embedded' &&
          /^(?:and|or)$/.test(t[subject.start - 2]?.lower ?? '')
            ? previous.parent
            : lastIndexBefore(clauses, subject.start);
      } else if (word in SUBORDINATORS) {
        role = 'subordinate';
        subordinator = word;
        introducer = subject.start - 1;
        parent = lastIndexBefore(clauses, subject.start);
        // "The Tories claim they can cut taxes, while Labour has yet to map out …": a contrast set
        // off by a comma is the writer's, beside the claim, not part of what was claimed.
        if (
          CONTRASTS.has(word) &&
          /,/.test(gapBefore(sentence, subject.start - 1)) &&
          clauses[parent]?.role === 'embedded'
        )
          parent = outerClause(clauses, parent);
      } else if (COORDINATORS.has(word) && subject.start - 1 > floor) {
        // "bridges, skyscrapers, and parks are known": a list before the first verb is one subject.
        if (clauses.length === 0) return;
        role = 'coordinate';
        introducer = subject.start - 1;
        parent = lastIndexBefore(clauses, subject.start);
        // "Mr Karger said the comic might boost younger viewers, but Mike Goodridge thought …":
        // after a comma, a new subject joins the clause that said, not what was said.
        if (/,/.test(gapBefore(sentence, subject.start - 1))) parent = outerClause(clauses, parent);
      } else if (before && subject.start - 1 >= floor) {
        const gap = gapBefore(sentence, subject.start);
        // "…, the Normans adopted": an opener before a comma; anything else joins clauses we cannot read.
        // "After the war ended, the city grew": the main clause after an opening subordinate one.
        const opener =
          /,\s*$/.test(gap) &&
          clauses.every((c) => c.role === 'subordinate' && c.introducer === floor);
        if (opener) role = 'main';
        else if (
          hasTag(before, 'Verb') &&
          clauses.length > 0 &&
          REPORTING_VERBS.has(clauses[clauses.length - 1]!.verb.infinitive)
        ) {
          // "said Seoul should …": a complement clause without "that".
          role = 'embedded';
          parent = clauses.length - 1;
        } else return;
        introducer = subject.start;
      }
    } else {
      // "called for parliamentary approval and suggested a referendum": the second predicate's subject.
      const before = t[verb.start - 1];
      const comma = /,/.test(gapBefore(sentence, verb.start - 1));
      // "doubted whether Rock would make an impact, but added: …": after a comma, "but" goes back
      // past the clause said or doubted to the one that said it; so does a verb of speech after
      // what was said ("said the image was insensitive but urged people not to rush …": Ms
      // Ellman urged, not the image).
      const speaks =
        clauses[clauses.length - 1]?.role === 'embedded' &&
        SPEECH_VERBS.has(verb.infinitive) &&
        verb.auxiliary.length === 0;
      const joined =
        comma || speaks ? outerClause(clauses, clauses.length - 1) : clauses.length - 1;
      const climbed = joined !== clauses.length - 1;
      const previous = clauses[joined];
      if (!previous || !before || !COORDINATORS.has(before.lower) || previous.verb.end > verb.start)
        return;
      subject = previous.subject;
      role = 'coordinate';
      parent = joined;
      introducer = verb.start - 1;
      // "pledged to speed up X and improve Y": "improve" goes with "to", not with the subject.
      const toBefore = t.slice(previous.verb.end, verb.start).some((w) => w.lower === 'to');
      // "rates might fall or rise": a bare verb after a finite one belongs to a modal or "to" before it.
      const bare =
        verb.auxiliary.length === 0 &&
        hasTag(t[verb.head], 'Infinitive') &&
        !hasTag(t[previous.verb.head], 'Infinitive');
      // "said that after being tortured and abused at …": a participle or gerund phrase between the
      // two means "and" joins something inside it.
      const between = t
        .slice(previous.verb.end, verb.start - 1)
        .some((w) => hasTag(w, 'Gerund') || /^(?:being|having)$/.test(w.lower));
      // "were tortured and abused": the second verb shares the first one's auxiliary (and its
      // passive); read alone, "the men abused" would say the opposite.
      const shared =
        previous.verb.auxiliary.length > 0 &&
        verb.auxiliary.length === 0 &&
        hasTag(t[verb.head], 'PastTense', 'Participle');
      // "has said it markets its games responsibly and only targets its adverts at adults": "and"
      // joins the verb nearest before it ("markets", what was said), not the clause's own.
      // (A verb with a subject pronoun or an auxiliary of its own: compromise tags "patents" in
      // "received 25,772 US patents and reportedly has" as a verb too.)
      const nearer = sentence.verbs.some(
        (v) =>
          !climbed &&
          v.finite &&
          v.start >= previous.verb.end &&
          v.end < verb.start &&
          (v.auxiliary.length > 0 || hasTag(t[v.start - 1], 'Pronoun')),
      );
      // "the case of Joseph Scholes, who hanged himself …, and urged the home secretary": after a
      // relative clause, ", and" may go back to the clause the relative one interrupts.
      const afterRelative = previous.role === 'relative' && comma;
      // "sent … to all MPs and peers ahead of the debate": after a noun, a bare "-s" word that
      // compromise reads as a verb is the next noun of a list when the first verb had helpers.
      const nounList =
        /^(?:and|or)$/.test(t[verb.start - 1]?.lower ?? '') &&
        !/,/.test(gapBefore(sentence, verb.start - 1)) &&
        hasTag(t[verb.start - 2], 'Noun') &&
        !hasTag(t[verb.start - 2], 'Pronoun') &&
        verb.auxiliary.length === 0 &&
        verb.end - verb.start === 1 &&
        /s$/.test(t[verb.head]!.lower) &&
        previous.verb.auxiliary.length > 0;
      reliable =
        previous.reliable &&
        !between &&
        !nearer &&
        !afterRelative &&
        !nounList &&
        !shared &&
        !(toBefore && hasTag(t[verb.head], 'Infinitive')) &&
        !bare &&
        (verb.auxiliary.length > 0 || previous.verb.tense === verb.tense);
    }
    const first = t[subject.start]!;
    const pronoun =
      subject.end - subject.start === 1 && PRONOUN_SUBJECTS.has(first.lower)
        ? first.lower
        : undefined;
    // "The priest, Fidelis Mukonori, is acting …": a name in apposition names the subject.
    const apposed = found?.apposition
      ? mentions.find((m) => m.start === found.apposition!.start && m.end === found.apposition!.end)
      : undefined;
    const subjectMention =
      mentions.find(
        (m) => m.start >= subject!.start && m.end <= subject!.end && isHeadMention(t, m, subject!),
      ) ?? apposed;
    const plural =
      pronoun === 'they' ||
      pronoun === 'we' ||
      t.slice(subject.start, subject.end).some((w) => w.lower === 'and') ||
      (!subjectMention && hasTag(t[subject.end - 1], 'Plural'));
    clauses.push({
      id: `${sentence.id}#${clauses.length}`,
      sentence,
      subject,
      ...(subjectMention && !pronoun ? { subjectEntity: subjectMention.entityId } : {}),
      ...(pronoun ? { pronoun } : {}),
      plural,
      verb,
      predicate: { start: verb.end, end: t.length },
      role,
      ...(subordinator ? { subordinator, relation: SUBORDINATORS[subordinator] } : {}),
      ...(parent !== undefined && parent >= 0 ? { parent } : {}),
      quoted,
      introducer,
      reliable,
    });
    const apposition = found?.apposition;
    // A noun-phrase appositive states something of its own; a relative one has its own verb; a name
    // in apposition ("his first wife, Sally,") names the subject rather than saying what it is.
    const apposedName =
      apposition && mentions.some((m) => m.start === apposition.start && m.end === apposition.end);
    if (
      apposition &&
      !apposedName &&
      !sentence.verbs.some((v) => v.finite && v.head >= apposition.start && v.head < apposition.end)
    ) {
      const host = clauses[clauses.length - 1]!;
      clauses.push(
        appositiveClause(
          sentence,
          { ...host, tense: host.verb.tense },
          apposition,
          clauses.length,
          clauses.length - 1,
        ),
      );
    }
  });
  clauses.push(...namedAppositions(sentence, mentions, clauses, quotedAt));
  // Each predicate ends where a later clause that is not inside it begins.
  for (const clause of clauses) {
    if (clause.role === 'appositive') continue;
    let end = t.length;
    for (let j = clause.predicate.start; j < t.length; j++) {
      const gap = gapBefore(sentence, j);
      if (/[;:]|\s[—–-]{1,2}\s|\s--\s|[—]/.test(gap) && j > clause.predicate.start) {
        end = j;
        break;
      }
      // ", making it the most diverse city": a participle phrase adds a comment, not the claim.
      // "…, a source said", "…, officials told Reuters": a trailing attribution is not part of the claim.
      if (/,/.test(gap) && j > clause.predicate.start && trailingAttribution(t, j)) {
        end = j;
        break;
      }
      // A relative clause ends at the comma before its host's verb ("Mnangagwa, who was ousted …, has been mapping").
      const hostVerb = /,/.test(gap) && sentence.verbs.some((v) => v.start === j && v.finite);
      // ", and" opens a clause only when a verb follows soon; else it continues a list ("X, Y, and Z").
      // In a relative clause a comma and "and" always close it ("A, who advises B on C, and D").
      const listGoesOn =
        /^(?:and|or)$/.test(t[j]!.lower) &&
        clause.role !== 'relative' &&
        !sentence.verbs.some((v) => v.finite && v.head > j && v.head <= j + 8);
      if (
        /,/.test(gap) &&
        !listGoesOn &&
        (hostVerb ||
          /^(?:which|who|whom|whose|while|whereas|although|though|but|and|because|as|including|when|where|according)$/.test(
            t[j]!.lower,
          ) ||
          hasTag(t[j], 'Gerund'))
      ) {
        end = j;
        break;
      }
      if (/^(?:because|although|whereas|while)$/.test(t[j]!.lower) && j > clause.predicate.start) {
        // "rare in China partly because of fears": "partly" goes with "because".
        end =
          j - 1 > clause.predicate.start && SUBORDINATOR_MODIFIERS.has(t[j - 1]!.lower) ? j - 1 : j;
        break;
      }
    }
    for (const other of clauses) {
      if (other === clause || other.role === 'appositive') continue;
      // A clause sharing this one's subject (the main clause after "The troops who seized power")
      // begins, for this predicate, at its verb.
      const starts =
        other.subject === clause.subject && other.introducer < clause.predicate.start
          ? other.verb.start
          : other.introducer;
      // "the kind of crisis that overtook …", "the area where he has been frustrated": a relative
      // clause without a comma is part of its noun.
      const restrictive = !/,/.test(gapBefore(sentence, other.introducer));
      if (other.role === 'relative' && restrictive) continue;
      if (
        other.role === 'subordinate' &&
        restrictive &&
        /^(?:where|when)$/.test(other.subordinator ?? '') &&
        hasTag(t[other.introducer - 1], 'Noun')
      )
        continue;
      if (starts < clause.predicate.start || starts >= end) continue;
      // What a verb says ("said that …", "said X had told Y that …") stays part of its predicate.
      if (other.role === 'embedded' && descendsFrom(clauses, other, clauses.indexOf(clause)))
        continue;
      end = Math.max(clause.predicate.start, starts);
      // "even if", "just as", "long before": the word before a subordinator belongs to it.
      if (
        other.role === 'subordinate' &&
        end - 1 > clause.predicate.start &&
        SUBORDINATOR_MODIFIERS.has(t[end - 1]!.lower)
      )
        end--;
    }
    clause.predicate = { start: clause.predicate.start, end };
  }
  return clauses;
}

function isHeadMention(tokens: readonly Token[], m: Mention, subject: TokenRange): boolean {
  // "The Roh administration": a name before a common noun only modifies it.
  if (m.end < subject.end) {
    const rest = tokens.slice(m.end, subject.end);
    if (rest.some((w) => w.lower !== 'and' && !/^\p{Lu}/u.test(w.text))) return false;
  }
  if (m.possessive) return false;
  // "the", "Mr", "President", "former Labour MP": what may stand before the name it is (an
  // office's own capitalised words when a title word ends them).
  const before = tokens.slice(subject.start, m.start);
  const title = (w: Token) => TITLES.has(w.lower) || TITLES.has(w.bare.toLowerCase());
  const last = before[before.length - 1];
  return before.every(
    (w) =>
      hasTag(w, 'Determiner') || title(w) || (/^\p{Lu}/u.test(w.text) && !!last && title(last)),
  );
}

function lastIndexBefore(clauses: readonly Clause[], token: number): number {
  for (let i = clauses.length - 1; i >= 0; i--)
    if (clauses[i]!.role !== 'appositive' && clauses[i]!.verb.start < token) return i;
  return -1;
}

function isSpeech(clauses: readonly Clause[], token: number): boolean {
  const parent = clauses[lastIndexBefore(clauses, token)];
  return !!parent && /^(?:ask|wonder|question)$/.test(parent.verb.infinitive);
}

/** Subordinators of contrast: after a comma they set one fact beside another. */
const CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas', 'whilst']);

/** The clause at `index`, or, when it is embedded or subordinate, the clause it belongs to. */
function outerClause(clauses: readonly Clause[], index: number): number {
  let at = index;
  for (let guard = 0; guard < clauses.length; guard++) {
    const clause = clauses[at];
    if (!clause || (clause.role !== 'embedded' && clause.role !== 'subordinate')) break;
    if (clause.parent === undefined) break;
    at = clause.parent;
  }
  return at;
}

/** "Moon, a former chairman of the Democratic Party of Korea, said": Moon was a former chairman. */
function appositiveClause(
  sentence: Sentence,
  host: Pick<Clause, 'subject' | 'subjectEntity' | 'pronoun' | 'plural' | 'quoted' | 'reliable'> & {
    tense: VerbGroup['tense'];
  },
  range: TokenRange,
  n: number,
  parent?: number,
): Clause {
  const t = sentence.tokens;
  const relative = /^(?:who|which)$/.test(t[range.start]!.lower);
  const start = relative ? range.start + 1 : range.start;
  return {
    id: `${sentence.id}#a${n}`,
    sentence,
    subject: host.subject,
    ...(host.subjectEntity ? { subjectEntity: host.subjectEntity } : {}),
    ...(host.pronoun ? { pronoun: host.pronoun } : {}),
    plural: host.plural,
    verb: {
      start,
      end: start,
      head: start,
      auxiliary: [],
      negative: false,
      infinitive: 'be',
      tense: host.tense === 'present' ? 'present' : 'past',
      modal: false,
      passive: false,
      copula: true,
      finite: true,
      text: '',
    },
    predicate: { start, end: range.end },
    role: 'appositive',
    ...(parent !== undefined ? { parent } : {}),
    quoted: host.quoted,
    introducer: range.start,
    reliable: host.reliable,
  };
}

const APPOSITIVE_OPENERS = /^(?:a|an|the|former|then|his|her|its|their|one)$/;

/**
 * "Sakya Pandita (1182–1251), leader of the Sakya school of Tibetan Buddhism, …": a name followed by
 * a noun phrase between commas says what the name is, wherever it stands in the sentence.
 */
function namedAppositions(
  sentence: Sentence,
  mentions: readonly Mention[],
  clauses: readonly Clause[],
  quotedAt: QuotedAt,
): Clause[] {
  const t = sentence.tokens;
  const out: Clause[] = [];
  const tense = sentence.verbs.find((v) => v.finite)?.tense ?? 'present';
  for (const m of mentions) {
    if (
      m.possessive ||
      clauses.some(
        (c) => c.role === 'appositive' && c.subject.start <= m.start && m.end <= c.subject.end,
      )
    )
      continue;
    const after = sentence.text.slice(t[m.end - 1]!.end - sentence.start);
    const lead = /^(\s*\([^)]*\))?\s*,\s*/.exec(after);
    if (!lead) continue;
    const from = t.findIndex(
      (x) => x.start - sentence.start >= t[m.end - 1]!.end - sentence.start + lead[0].length,
    );
    if (from < 0) continue;
    const first = t[from]!;
    // "J O'Connor, A Foley": after a comma, a capital "A" is an initial, not the article.
    if (
      !(APPOSITIVE_OPENERS.test(first.lower) || TITLES.has(first.lower)) ||
      !/^\p{Ll}/u.test(first.text)
    )
      continue;
    let end = from + 1;
    while (end < t.length && !/[,;:()—–]/.test(gapBefore(sentence, end))) end++;
    const words = t.slice(from, end);
    if (words.length < 2 || words.length > 14) continue;
    // "satellites from Nasa, the European Space Agency and the DMC": a list of names, not what Nasa is.
    if (words.some((w) => /^(?:and|or)$/.test(w.lower))) continue;
    // "… of Tibetan Buddhism, the Yongle Emperor": "the" and nothing but a name is another name
    // in a run of them, not what the first one is.
    if (
      first.lower === 'the' &&
      words.slice(1).every((w) => /^\p{Lu}/u.test(w.text) || /^[().,]/.test(w.text))
    )
      continue;
    // "suing Gazprom, its unit Gazpromneft, Rosneft …": a possessive phrase ending in another name
    // is the next item of a list, not what the first name is.
    if (
      /^(?:his|her|its|their)$/.test(first.lower) &&
      /^\p{Lu}/u.test(words[words.length - 1]!.text)
    )
      continue;
    // "Jane Austen, the gothic novelist Mary Shelley, the children's writer Lewis Carroll, the
    // Brontë sisters, …": a phrase after which the commas run on to another "the …", name or "and"
    // is the next item of a list.
    const resumes = t[end];
    if (
      resumes &&
      /,/.test(gapBefore(sentence, end)) &&
      (/^(?:the|and|or)$/.test(resumes.lower) || /^\p{Lu}/u.test(resumes.text))
    )
      continue;
    // "with DiCaprio, director Martin Scorsese, Mr Mann …": a phrase ending in another person's
    // name (not "the wife of John Smith") is the next person of a list.
    if (
      mentions.some(
        (o) =>
          o !== m &&
          o.end === end &&
          o.start > from - 1 &&
          o.entityId.startsWith('person:') &&
          !/^(?:of|to|for|with|by)$/.test(t[o.start - 1]?.lower ?? ''),
      )
    )
      continue;
    if (
      sentence.verbs.some(
        (v) => v.finite && v.head >= from && v.head < end && !hasTag(t[v.head], 'Noun'),
      )
    )
      continue;
    if (!words.some((w) => hasTag(w, 'Noun') && !hasTag(w, 'Pronoun', 'Determiner'))) continue;
    out.push(
      appositiveClause(
        sentence,
        {
          subject: { start: m.start, end: m.end },
          subjectEntity: m.entityId,
          plural: false,
          quoted: quotedAt(sentence, m.start),
          reliable: true,
          tense,
        },
        { start: from, end },
        clauses.length + out.length,
      ),
    );
  }
  return out;
}

/** From token j to the sentence end is "<a few words> said/told …": an attribution. */
function trailingAttribution(tokens: readonly Token[], j: number): boolean {
  const rest = tokens.slice(j);
  if (rest.length > 9) return false;
  const verb = rest.findIndex((w) => SPEECH_VERBS.has(w.root ?? w.lower) && hasTag(w, 'Verb'));
  return (verb >= 1 && verb <= 6) || (verb === 0 && rest.length <= 6);
}

/** Whether a clause hangs, through its parents, from the clause at `ancestor`. */
function descendsFrom(clauses: readonly Clause[], clause: Clause, ancestor: number): boolean {
  let parent = clause.parent;
  for (let guard = 0; parent !== undefined && guard < clauses.length; guard++) {
    if (parent === ancestor) return true;
    parent = clauses[parent]?.parent;
  }
  return false;
}
