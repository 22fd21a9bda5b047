import type { Analysis } from '../analysis';
import type { DateSpan, Sentence, Token, TokenRange, VerbGroup } from '../nlp/document';
import { gapBefore, hasTag, spanText } from '../nlp/spans';
import { lexicon } from '../nlp/text';
import { conjugate } from '../nlp/verbs';
import {
  CONNECTIVE_OPENERS,
  EPITHET_SCOPES,
  FRAME_WORDS,
  GENERIC_DEFINITES,
  INTENSIFIERS,
  PERSON_ROLES,
  SUBORDINATORS,
} from '../lang/en/clauses';
import { REPORTING_VERBS, SAYING_VERBS, SPEECH_VERBS } from '../lang/en/verbs';
import { displayName, statement, subjectText, textWithout, wordCount } from '../realize';
import { reducedParticiple, type Clause } from '../stages/clauses';
import { AUTHOR, isHeadWord, type Entity } from '../stages/names';

import { bareDefinite, contentWords, genderOf, isWhole, needsContext, ownPronouns } from './kit';

const SUBORDINATORS_SET = new Set(Object.keys(SUBORDINATORS));
const FIRST_PERSON: Record<string, string> = {
  // Only where the author is the subject: "I bought my son a phone" → "The author bought their son".
  my: 'their',
  me: 'the author',
  mine: 'the author’s',
  myself: 'the author',
};

/**
 * A clause seen the way question forms use it: who or what its subject is, its predicate as a stem
 * can show it, and the dates that date it. `rest` refuses (undefined) anything that would not stand
 * alone in a question: an unresolved pronoun, a dangling end, too many words.
 */
export interface ClauseView {
  clause: Clause;
  sentence: Sentence;
  entity?: Entity;
  subject: string;
  /** Dates inside the predicate that date this clause (not a clause nested in it). */
  dates: DateSpan[];
  rest(drop?: readonly TokenRange[], maxWords?: number): string | undefined;
  /** "Moon Jae-in suggested a referendum …": the clause as a statement, optionally without parts. */
  statement(drop?: readonly TokenRange[], maxWords?: number): string | undefined;
}

/** Clauses whose subject a question can name: a named entity, a resolved pronoun or a plain noun phrase. */
const viewCache = new WeakMap<Analysis, ClauseView[]>();

export function clauseViews(analysis: Analysis): ClauseView[] {
  const cached = viewCache.get(analysis);
  if (cached) return cached;
  const out: ClauseView[] = [];
  const bullets = bulletSentences(analysis);
  for (const clause of analysis.clauses) {
    if (
      clause.quoted ||
      !clause.reliable ||
      bullets.has(clause.sentence.id) ||
      isFrame(clause) ||
      speculative(clause)
    )
      continue;
    // A title, heading or caption ("'Errors' doomed first Dome sale") is a sentence cut short.
    if (!isSentence(clause.sentence) || listLine(clause.sentence)) continue;
    const view = viewOf(analysis, clause);
    if (view) out.push(view);
  }
  viewCache.set(analysis, out);
  return out;
}

/**
 * "says that to qualify for GSP", "are under discussion but subsidies to state enterprises": a
 * predicate whose last "but …" or "says that …" has no verb after it was cut in the middle of a
 * clause (the rest of it lies past a comma the clause reader stopped at).
 */
function opensWithoutVerb(words: readonly Token[]): boolean {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.lower;
    const opener =
      /^(?:but|whether|because|although|though|whereas)$/.test(w) ||
      (/^(?:if|unless|when|once|while)$/.test(w) && words[i - 1]?.lower === 'that') ||
      (w === 'that' && (i === 0 || hasTag(words[i - 1], 'Verb', 'Adjective')));
    if (!opener) continue;
    // "to qualify" is no clause of its own; "the plan would fail" is; "the emerging format war"
    // has no verb, only a participle before its noun.
    const verbs = words
      .slice(i + 1)
      .filter(
        (x, k, after) =>
          hasTag(x, 'Verb') &&
          !hasTag(x, 'Gerund', 'Adjective') &&
          (after[k - 1] ?? words[i])!.lower !== 'to' &&
          !hasTag(after[k - 1], 'Verb'),
      );
    // "said that whether the public chose Howard or Kennedy": what was said opens with a clause of
    // its own, and its main clause (after the comma) must follow: two verbs, or it was cut.
    const opensAdverbial = words[i - 1]?.lower === 'that' && w !== 'that' && w !== 'but';
    return verbs.length < (opensAdverbial ? 2 : 1);
  }
  return false;
}

/**
 * "the way Thackeray - who was born in India - had seen the world", "sacking every teacher, GP and
 * nurse": a predicate that stops before a dash, or before the "and" ending a list, was cut in the
 * middle of what it says.
 */
function cutMidway(sentence: Sentence, range: TokenRange): boolean {
  const next = sentence.tokens[range.end];
  if (!next) return false;
  if (/[-–—]/.test(gapBefore(sentence, range.end))) return true;
  const tail = sentence.tokens.slice(Math.max(range.start, range.end - 4), range.end);
  const listBefore = tail.some((_, k) =>
    /,/.test(gapBefore(sentence, range.end - tail.length + k)),
  );
  return /^(?:and|or)$/.test(next.lower) && listBefore;
}

/** A sentence as the article writes one: not a title, heading or caption. */
function isSentence(sentence: Sentence): boolean {
  return !headline(sentence) && /[.!?]["”’)]?$/.test(sentence.text.trim());
}

/** "would undoubtedly make Abbott sit up": a guess or an opinion, not a fact to test. */
function speculative(clause: Clause): boolean {
  const t = clause.sentence.tokens;
  const first = t[clause.verb.start]?.lower ?? '';
  if (/^(?:would|could|might|may|should|must|ought)$/.test(first)) return true;
  // "is unlikely to regret": a guess, not a fact ("is expected to total" keeps its hedge in the stem).
  const next = t.slice(clause.verb.end, clause.verb.end + 2).map((w) => w.lower);
  if (
    clause.verb.copula &&
    /^(?:likely|unlikely)$/.test(next[0] === 'not' ? (next[1] ?? '') : (next[0] ?? ''))
  )
    return true;
  // "Warrior Within is a very slick package", "The film is so phenomenally good": a judgement
  // made with an intensifier, and nothing in the predicate to check it by (a name, a figure).
  if (!clause.verb.copula) return false;
  const said = t.slice(clause.verb.end, clause.predicate.end);
  return (
    said.slice(0, 4).some((w) => INTENSIFIERS.has(w.lower)) &&
    !said.some((w) => hasTag(w, 'Value', 'ProperNoun', 'Date') || /^\p{Lu}/u.test(w.text))
  );
}

const headlineCache = new WeakMap<Sentence, boolean>();

/** "Government Will Soon Spend More on Interest": a headline, capitalised word by word, is no sentence. */
export function headline(sentence: Sentence): boolean {
  let is = headlineCache.get(sentence);
  if (is === undefined) headlineCache.set(sentence, (is = readsAsHeadline(sentence)));
  return is;
}

function readsAsHeadline(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  const capitals = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (words.length < 4 || capitals < words.length * 0.7) return false;
  // "The Hongwu Emperor founded the Ming Dynasty in 1368.": names, but a sentence; a headline has
  // no full stop, or no word in lower case at all.
  return !/[.!?]["”’)]?$/.test(sentence.text.trim()) || capitals === words.length;
}

/**
 * "Jamie Graham, Total Film: Film - The Aviator; director - Martin Scorsese; actor - …": a line of
 * entries, no statement.
 */
function listLine(sentence: Sentence): boolean {
  const text = sentence.text;
  return (text.match(/;/g) ?? []).length >= 2 || (text.match(/\s[-–]\s/g) ?? []).length >= 2;
}

/** "…, he said in an interview with the BBC": the story's own reporting, not its news. */
function isFrame(clause: Clause): boolean {
  return framing(clause.sentence.tokens.slice(clause.predicate.start, clause.predicate.end));
}

/** Words about the story's own reporting, or an appeal to readers: the frame, not the news. */
function framing(words: readonly Token[]): boolean {
  return words.some(
    (w, i) =>
      FRAME_WORDS.has(w.lower) ||
      (/^(?:speaking|spoke|speak|talking)$/.test(w.lower) && words[i + 1]?.lower === 'to') ||
      // "Police want to hear from anyone who has any information": an appeal, not the news.
      (w.lower === 'anyone' && words.slice(i + 1, i + 5).some((x) => x.lower === 'information')),
  );
}

/**
 * "President Obama also said:" followed by short lines: those lines are what he said, not what the
 * article states, so they are never asked as facts; nor is a scene the reader is asked to imagine.
 */
function bulletSentences(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  // "Picture the scene - Wales are camped on the England line …", "Imagine a world where …": a
  // paragraph that opens by asking the reader to imagine tells no events.
  for (const passage of analysis.input.passages) {
    if (passage.kind !== 'paragraph') continue;
    if (/^(?:picture|imagine|suppose)\b/i.test(passage.text.trim()))
      for (const s of passage.sentences) out.add(s.id);
  }
  let underColon = false;
  for (const passage of analysis.input.passages) {
    if (passage.kind !== 'paragraph') continue;
    const text = passage.text.trim();
    if (underColon && !/[.!?]["”’)]?$/.test(text)) {
      for (const s of passage.sentences) out.add(s.id);
      continue;
    }
    underColon = /:$/.test(text);
  }
  return out;
}

function viewOf(analysis: Analysis, clause: Clause): ClauseView | undefined {
  const { sentence } = clause;
  const entity = clause.subjectEntity ? analysis.names.byId.get(clause.subjectEntity) : undefined;
  if (clause.pronoun && !entity && !clause.subjectName) return undefined;
  const definites = resolvedDefinites(analysis, sentence);
  // "Top gadgets at the show" → "… at the Consumer Electronics Show": a resolved "the <noun>"
  // anywhere in the subject is written out, as in the predicate.
  const resolvedInSubject = [...definites.keys()].some(
    (k) => k >= clause.subject.start && k < clause.subject.end,
  );
  const subject =
    !entity && !clause.subjectName && resolvedInSubject
      ? textWithout(sentence, clause.subject, [], undefined, definites)
      : subjectText(clause, entity, analysis.names.capitalized);
  if (!entity && needsContext(subject)) return undefined;
  // "The firm said …": unless the article's one fuller phrase names it, a bare "the firm" points back.
  if (
    !entity &&
    !clause.subjectName &&
    !definites.has(clause.subject.start) &&
    bareDefinite(subject)
  )
    return undefined;
  // "Assembly" alone names no assembly in particular.
  if (entity && isHeadWord(entity.name)) return undefined;
  // "Maximum displacement amounted to 9 meters": a singular noun without "the" or "a" says not whose.
  const firstWord = sentence.tokens[clause.subject.start];
  if (
    !entity &&
    !clause.subjectName &&
    !clause.pronoun &&
    firstWord &&
    !hasTag(firstWord, 'Determiner', 'Possessive', 'Value', 'ProperNoun') &&
    !hasTag(sentence.tokens[clause.subject.end - 1], 'Plural') &&
    /^\p{Ll}/u.test(subject)
  )
    return undefined;
  if (!entity && wordCount(subject) > 10) return undefined;
  if (disagrees(clause)) return undefined;
  // "According to a new book, Mr Blair went back on a pledge": the claim is the book's; restated
  // without its source it reads as a fact.
  const lead = sentence.tokens.slice(0, clause.subject.start);
  if (lead.some((w, k) => w.lower === 'according' && lead[k + 1]?.lower === 'to')) return undefined;
  // "a country seen as the lone success": a participle alone ("seen", never "saw") is no verb of a
  // clause; the noun before it, not the subject read for it, is what it describes.
  const head = sentence.tokens[clause.verb.head];
  if (
    clause.verb.auxiliary.length === 0 &&
    head &&
    conjugate(clause.verb.infinitive)?.participle === head.lower
  )
    return undefined;
  // "British films grossed": read as the subject "British" and the verb "films", a verb followed at
  // once by another finite verb was misread.
  const next = sentence.tokens[clause.verb.end];
  if (
    hasTag(next, 'PastTense', 'PresentTense') &&
    !hasTag(next, 'Infinitive', 'Gerund', 'Participle', 'Auxiliary', 'Copula', 'Noun')
  )
    return undefined;
  // "Mongolia, China and Kazakhstan are …": a subject after a noun and a comma ends a list.
  const previous = sentence.tokens[clause.subject.start - 1];
  if (
    previous &&
    /,\s*$/.test(gapBefore(sentence, clause.subject.start)) &&
    hasTag(previous, 'Noun', 'ProperNoun') &&
    sentence.tokens
      .slice(clause.subject.start, clause.subject.end)
      .some((w) => /^(?:and|or)$/.test(w.lower))
  )
    return undefined;
  const t = sentence.tokens;
  // A predicate that runs over a verb no clause accounts for was misread: leave it out.
  const strayVerb = strayVerbs(analysis, sentence).find(
    (v) => v.head >= clause.predicate.start && v.head < clause.predicate.end,
  );
  // What comes before the last comma ahead of that verb was read right; only that part is used.
  let predicateEnd = clause.predicate.end;
  if (strayVerb) {
    let cut = -1;
    for (let j = strayVerb.start; j > clause.predicate.start; j--)
      if (/[,;]/.test(gapBefore(sentence, j))) {
        cut = j;
        break;
      }
    if (cut < 0) return undefined;
    predicateEnd = cut;
  }
  // "Jobs will grow, it added": the claim ends where the words saying whose it is begin.
  const source = trailingSource(analysis, sentence);
  if (source && clause.predicate.start < source.start)
    predicateEnd = Math.min(predicateEnd, source.start);
  // "Mr Obama said recent concerns around policing": what was said must be a clause, a quotation or "to …".
  if (SAYING_VERBS.has(clause.verb.infinitive)) {
    const says = (analysis.clausesBySentence.get(sentence.id) ?? []).some(
      (c) =>
        c !== clause && c.verb.head >= clause.predicate.start && c.verb.head < clause.predicate.end,
    );
    const toOrQuote = t
      .slice(clause.predicate.start, clause.predicate.end)
      .some((w) => w.lower === 'to' || /["“]/.test(w.text));
    if (!says && !toOrQuote) return undefined;
  }
  // A relative clause begins at its pronoun: its subject is a noun of this predicate.
  const opening = (c: Clause) => (c.role === 'relative' ? c.introducer : c.subject.start);
  const nested = (analysis.clausesBySentence.get(sentence.id) ?? []).filter(
    (c) =>
      c !== clause && opening(c) >= clause.predicate.start && opening(c) < clause.predicate.end,
  );
  const firstNested = Math.min(clause.predicate.end, ...nested.map(opening));
  const opener =
    clause.role === 'main' && clause === analysis.clausesBySentence.get(sentence.id)?.[0];
  const dates = sentence.dates.filter(
    (d) =>
      (d.start >= clause.predicate.start && d.end <= firstNested) ||
      // "Moon, candidate of the party, on 23 April 2017 unveiled": between the subject and its verb.
      // Not "Serena Williams, who won … at the 2003 Australian Open, was drawn …": that date is
      // the relative clause's.
      (clause.role !== 'appositive' &&
        clause.introducer === clause.subject.start &&
        d.start >= clause.subject.end &&
        d.end <= clause.verb.start &&
        !sentence.verbs.some(
          (v) => v.finite && v.start >= clause.subject.end && v.end <= d.phraseStart,
        )) ||
      // "In 2009, the UK …" dates the clause; "Born in 1926, Harper Lee grew up …" dates the birth.
      (opener &&
        d.end <= clause.subject.start &&
        d.phraseStart >= 0 &&
        !t.slice(0, d.phraseStart).some((w) => hasTag(w, 'Verb'))),
  );
  // "up from 6.6 percent in 2017", "more than in 2017": a date in a comparison dates something else.
  const comparison = (d: DateSpan) =>
    t
      .slice(Math.max(0, d.phraseStart - 3), d.phraseStart + 1)
      .some((w) => /^(?:than|from|since|compared)$/.test(w.lower));
  // "accuse Labour of raising taxes 66 times since coming to power in 1997": a date after "since",
  // "after", "before" … and a verb of its own dates that phrase, not the clause.
  const subordinated = (d: DateSpan) => {
    const between = t.slice(clause.verb.end, d.phraseStart);
    const k = between.findIndex((w) =>
      /^(?:since|after|before|until|when|while|following)$/.test(w.lower),
    );
    return k >= 0 && between.slice(k + 1).some((w) => hasTag(w, 'Verb'));
  };
  dates.splice(0, dates.length, ...dates.filter((d) => !comparison(d) && !subordinated(d)));
  const allow = ownPronouns(entity, clause.plural);
  // The narrator's "my" is written "their" (see FIRST_PERSON).
  if (entity?.id === AUTHOR.id) allow.add('their');
  // "Truman Capote was her friend": her is someone else's.
  const gender = entity?.kind === 'person' ? genderOf(analysis, entity) : undefined;
  if (gender === 'm') ['her', 'herself'].forEach((w) => allow.delete(w));
  if (gender === 'f') ['his', 'him', 'himself'].forEach((w) => allow.delete(w));
  const predicateRange = { start: clause.predicate.start, end: predicateEnd };
  // The narrator's "my" and "me" read as the author's in a question.
  const rewrite =
    entity?.id === AUTHOR.id ? (word: string) => FIRST_PERSON[word.toLowerCase()] : undefined;
  // "the roadshow", "the relationship": a definite noun the article introduced before points back.
  const pointsBack = (range: TokenRange, drop: readonly TokenRange[]) =>
    anaphoricAt(analysis, sentence, range, drop, definites);
  if (!entity && !clause.subjectName && pointsBack(clause.subject, [])) return undefined;
  // "later on Friday", "next year": a time only the day of writing makes sense of. Dropping it
  // would change the claim, so such a clause is not asked.
  if (
    sentence.dates.some(
      (d) => d.relative && d.start >= clause.subject.start && d.start < clause.predicate.end,
    )
  )
    return undefined;
  if (
    t
      .slice(clause.predicate.start, clause.predicate.end)
      .some((w) => /^(?:later|earlier|recently|yesterday|today|tomorrow|tonight)$/.test(w.lower))
  )
    return undefined;
  // "the Senate" in a question reads "the Senate of Pakistan": a head word alone names it in full.
  const fullNames = new Map(definites);
  for (const m of analysis.names.bySentence.get(sentence.id) ?? []) {
    const e = analysis.names.byId.get(m.entityId);
    const the = sentence.tokens[m.start - 1]?.lower === 'the';
    // Only "the Senate" itself: "the 1962 Constitution" keeps its own words.
    if (
      e &&
      m.end - m.start === 1 &&
      e.name !== m.text &&
      isHeadWord(m.text) &&
      !m.possessive &&
      (the || m.start === 0)
    )
      fullNames.set(the ? m.start - 1 : m.start, {
        end: m.end,
        text: displayName(e),
      });
  }
  const rest = (drop: readonly TokenRange[] = [], maxWords = 24) => {
    // "warned his supporters against complacency, saying:" — what was said is the next sentence.
    const text = textWithout(sentence, predicateRange, drop, rewrite, fullNames).replace(
      TRAILING_REPORT,
      '',
    );
    if (wordCount(text) > maxWords) return undefined;
    // Words the article quotes are shown as a quotation or not at all (a quotation running on into
    // the next sentence has no closing mark here).
    if (/["“”]/.test(spanText(sentence, predicateRange)) && !/["“”]/.test(text)) return undefined;
    // A run of commas is a list the clause reader may have cut in the middle.
    if ((text.match(/,/g) ?? []).length >= 2) return undefined;
    if (!isWhole(text)) return undefined;
    if (needsContext(text, allow)) return undefined;
    if (pointsBack(predicateRange, drop)) return undefined;
    // "vowed to keep trying": a claim needs something it is about (what a question asks for counts:
    // "How many members does the Senate have?").
    const kept = t.slice(predicateRange.start, predicateRange.end);
    if (
      !clause.verb.copula &&
      !kept.some(
        (w) => hasTag(w, 'Noun', 'Value', 'ProperNoun', 'Adjective') && !hasTag(w, 'Pronoun'),
      )
    )
      return undefined;
    // "The Lib Dems' 'bold' election policy is a bold policy": a predicate that only repeats its
    // subject's words says nothing of it.
    if (clause.verb.copula) {
      const said = contentWords(text);
      const about = contentWords(subject);
      if (said.size > 0 && [...said].every((w) => about.has(w))) return undefined;
    }
    if (opensWithoutVerb(kept)) return undefined;
    if (cutMidway(sentence, predicateRange)) return undefined;
    // "has reached the grand old age of 10 and, in internet years": cut inside an aside, before
    // the clause the "and" opens.
    if (/\b(?:and|but|or),\s+[^,]+$/i.test(text)) return undefined;
    // 'He added: "The focus for games moving forward is …': a quotation running on into the next
    // paragraph or quotation, its opening mark (or the colon) before the predicate, is words said,
    // no predicate.
    const opening = kept[0];
    if (
      SAYING_VERBS.has(clause.verb.infinitive) &&
      opening &&
      /^\p{Lu}/u.test(opening.text) &&
      (hasTag(opening, 'Determiner', 'Pronoun') ||
        /[:“"]\s*$/.test(gapBefore(sentence, predicateRange.start)))
    )
      return undefined;
    if (cutsQualifier(sentence, { start: clause.verb.start, end: predicateRange.end }))
      return undefined;
    return text;
  };
  return {
    // A predicate cut short before a misread part is the clause as forms see it.
    clause:
      predicateEnd === clause.predicate.end ? clause : { ...clause, predicate: predicateRange },
    sentence,
    ...(entity ? { entity } : {}),
    subject,
    dates,
    rest,
    statement(drop = [], maxWords = 28) {
      const r = rest(drop, maxWords);
      if (r === undefined) return undefined;
      return statement(clause, subject, r);
    },
  };
}

/** Finite verbs of a sentence that no clause accounts for: the clause reader misread around them. */
function strayVerbs(analysis: Analysis, sentence: Sentence): VerbGroup[] {
  const t = sentence.tokens;
  const heads = new Set(analysis.clausesBySentence.get(sentence.id)?.map((c) => c.verb.head));
  return sentence.verbs.filter(
    (v) =>
      v.finite &&
      !reducedParticiple(sentence, v) &&
      !heads.has(v.head) &&
      !hasTag(t[v.head - 1], 'Determiner') &&
      t[v.start - 1]?.lower !== 'to' &&
      t[v.head - 1]?.lower !== 'to',
  );
}

/**
 * "Figures gathered by Continental Research shows …", "Ministers had hoped … but was granted": a
 * plural subject with a singular verb is a slip of the source, which a question would copy.
 */
function disagrees(clause: Clause): boolean {
  const t = clause.sentence.tokens;
  let head = -1;
  for (let k = clause.subject.start; k < clause.subject.end; k++) {
    if (hasTag(t[k], 'Noun') && !hasTag(t[k], 'Pronoun')) head = k;
    else if (head >= 0) break;
  }
  const noun = t[head];
  if (!noun || !hasTag(noun, 'Plural') || hasTag(noun, 'ProperNoun', 'Uncountable')) return false;
  if (!/^\p{Ll}/u.test(noun.text) && head !== 0) return false;
  const first = t[clause.verb.start];
  return !!first && singular(first);
}

/** A verb form only a singular subject takes: "is", "was", "has", "shows". */
function singular(verb: Token): boolean {
  if (/^(?:is|was|has|does|doesn't|isn't|wasn't|hasn't)$/.test(verb.lower)) return true;
  return hasTag(verb, 'PresentTense') && !hasTag(verb, 'Infinitive') && /[^s]s$/.test(verb.lower);
}

/**
 * A clause whose predicate stops before its own verb ("hopeful that the format war, akin to …"),
 * or before what takes its claim back (see `cutsQualifier`).
 */
export function cutShort(view: ClauseView): boolean {
  const { clause, sentence } = view;
  const kept = sentence.tokens.slice(clause.predicate.start, clause.predicate.end);
  return (
    opensWithoutVerb(kept) ||
    cutsQualifier(sentence, { start: clause.verb.start, end: clause.predicate.end })
  );
}

/**
 * "offered choice in principle | , but not in practice", "only saw its sales rise | after it cut
 * prices", "will stun Westminster | if he fails to …": what follows the cut takes back, bounds or
 * conditions what came before it, so the part alone says something the article does not.
 */
function cutsQualifier(sentence: Sentence, range: TokenRange): boolean {
  const t = sentence.tokens;
  const next = t[range.end]?.lower ?? '';
  if (next === 'but' && /^(?:not|never|no)$/.test(t[range.end + 1]?.lower ?? '')) return true;
  // "claimed that Mr Brown told Mr Blair | : "There is nothing …"": a colon hands what was said to
  // the quotation after it; the part before says nothing. (After "having three possible verdicts:
  // 'guilty', …" the quoted words only spell the claim out.)
  const last = t[range.end - 1];
  if (
    last &&
    /^[^\p{L}\p{N}]*:\s*["“‘']/u.test(sentence.text.slice(last.end - sentence.start)) &&
    t
      .slice(range.start, range.end)
      .some((w) => hasTag(w, 'Verb') && SPEECH_VERBS.has(w.root ?? w.lower))
  )
    return true;
  // "will stun Westminster (and break every precedent) | if he fails to …": a claim under a
  // condition later in its sentence is no claim without it.
  if (t.slice(range.end).some((w) => /^(?:if|unless|provided|providing)$/.test(w.lower)))
    return true;
  const focused = t
    .slice(range.start, range.end)
    .some((w) => /^(?:only|just|even|mainly|largely|partly)$/.test(w.lower));
  return focused && next in SUBORDINATORS;
}

/** ", saying", ", adding:" closing a predicate: a report whose words are elsewhere. */
const TRAILING_REPORT =
  /,?\s+(?:saying|adding|arguing|insisting|noting|declaring|explaining|warning|claiming|stating)\s*[:,]?\s*$/i;

/**
 * "According to the Congressional Budget Office, …": what a clause says when it is what someone else
 * said or estimated (an embedded clause under a reporting verb with a named subject). Empty for a
 * clause the article states itself; undefined when the source cannot be named.
 */
export function attribution(analysis: Analysis, view: ClauseView): string | undefined {
  const clauses = analysis.clausesBySentence.get(view.sentence.id) ?? [];
  // "he said, camera phones were used … and were woven …": what is joined to, or hangs from, a
  // reported clause is reported too ("Ms Kelly is reported to be … and has opposed …" is not: the
  // clause it joins is the sentence's own).
  let clause: Clause = view.clause;
  for (let guard = 0; guard < clauses.length && clause.role !== 'embedded'; guard++) {
    const parent = clause.role === 'main' ? undefined : clauses[clause.parent ?? -1];
    if (!parent) break;
    clause = parent;
  }
  if (clause.role !== 'embedded') {
    // "The economy is in excellent condition, the OECD said.": the claim is the OECD's.
    const source = trailingSource(analysis, view.sentence);
    return source && view.clause.verb.start < source.start ? source.according : '';
  }
  const parent = clauses[clause.parent ?? -1];
  if (!parent || !REPORTING_VERBS.has(parent.verb.infinitive)) return undefined;
  // "Azmat Begg said he was concerned": "According to Azmat Begg, Azmat Begg was concerned" says it
  // clumsily; what he said is asked as his saying it, not as a claim of his about himself.
  if (parent.subjectEntity && parent.subjectEntity === view.entity?.id) return undefined;
  return according(analysis, parent);
}

/** "According to Michael Bjorn, ": the reporting clause's named subject, or undefined ("he said"). */
function according(analysis: Analysis, reporting: Clause): string | undefined {
  const source = reporting.subjectEntity
    ? analysis.names.byId.get(reporting.subjectEntity)
    : undefined;
  return source ? `According to ${displayName(source)}, ` : undefined;
}

/** Where a sentence's closing ", the OECD said" starts, and how a question names that source. */
export interface TrailingSource {
  start: number;
  /** "According to the OECD, "; undefined when the source cannot be named ("it said"). */
  according?: string;
}

const sourceCache = new WeakMap<Sentence, TrailingSource | null>();

/**
 * ", the OECD said.", ", analysts said.", ", said Gordon Brown.", ", it added.": a sentence whose last
 * words say whose claim it is. The source is named as the article names it (a pronoun resolved to the
 * one entity it stands for), or not at all.
 */
export function trailingSource(analysis: Analysis, sentence: Sentence): TrailingSource | undefined {
  const cached = sourceCache.get(sentence);
  if (cached !== undefined) return cached ?? undefined;
  const t = sentence.tokens;
  const verb = [...sentence.verbs]
    .reverse()
    .find(
      (v) =>
        v.finite &&
        v.end >= t.length - 3 &&
        (REPORTING_VERBS.has(v.infinitive) || SAYING_VERBS.has(v.infinitive)),
    );
  let comma = -1;
  if (verb)
    for (let k = verb.start; k > 2 && verb.start - k <= 6; k--)
      if (/,/.test(gapBefore(sentence, k))) {
        comma = k;
        break;
      }
  if (!verb || comma < 0 || /["“”]/.test(sentence.text)) {
    const found = closingAccording(analysis, sentence);
    sourceCache.set(sentence, found ?? null);
    return found;
  }
  const span = { start: comma, end: t.length };
  const mention = (analysis.names.bySentence.get(sentence.id) ?? []).find(
    (m) => m.start >= span.start && m.end <= span.end && !m.possessive,
  );
  const clause = analysis.clausesBySentence
    .get(sentence.id)
    ?.find((c) => c.verb.head === verb.head);
  const entity = mention
    ? analysis.names.byId.get(mention.entityId)
    : clause?.subjectEntity
      ? analysis.names.byId.get(clause.subjectEntity)
      : undefined;
  const words = spanText(sentence, { start: comma, end: verb.start });
  const plain =
    words &&
    !needsContext(words) &&
    !anaphoricAt(analysis, sentence, { start: comma, end: verb.start })
      ? words.replace(/^The\b/, 'the')
      : undefined;
  const name = entity && entity.id !== AUTHOR.id ? displayName(entity) : plain;
  const found: TrailingSource = {
    start: comma,
    ...(name ? { according: `According to ${name}, ` } : {}),
  };
  sourceCache.set(sentence, found);
  return found;
}

/**
 * "The Aviator will win best film at the Oscars, according to the UK's leading movie critics.": a
 * closing "according to …" says whose claim it is, and goes to the front of a question.
 */
function closingAccording(analysis: Analysis, sentence: Sentence): TrailingSource | undefined {
  const t = sentence.tokens;
  const at = t.findIndex(
    (w, i) =>
      w.lower === 'according' &&
      t[i + 1]?.lower === 'to' &&
      i >= t.length - 12 &&
      /,/.test(gapBefore(sentence, i)),
  );
  if (at < 0) return undefined;
  const span = { start: at + 2, end: t.length };
  // "… and, according to some predictions, balloon to 33.5bn euros.": an aside inside the closing
  // phrase is the source of that phrase only ("according to the WTTC, an industry body" is one source).
  for (let k = span.start + 1; k < span.end; k++)
    if (
      /,/.test(gapBefore(sentence, k)) &&
      t.slice(k).some((w) => hasTag(w, 'Verb', 'Value', 'Preposition'))
    )
      return undefined;
  const words = spanText(sentence, span).replace(/[.!?]$/, '');
  const plain =
    words && !needsContext(words) && !anaphoricAt(analysis, sentence, span)
      ? words.replace(/^The\b/, 'the')
      : undefined;
  return { start: at, ...(plain ? { according: `According to ${plain}, ` } : {}) };
}

/**
 * Sentences that stand alone as they are written: short, outside quotation marks, opening with a
 * capital and no connective, naming what they are about (no pronoun or "the agreement" pointing
 * elsewhere, "its"/"his" only after a name in the same sentence).
 */
export function standaloneSentences(analysis: Analysis): Sentence[] {
  const bullets = bulletSentences(analysis);
  return analysis.doc.sentences.filter((s) => {
    if (
      bullets.has(s.id) ||
      headline(s) ||
      anaphoricAt(analysis, s, { start: 0, end: s.tokens.length })
    )
      return false;
    if (
      (analysis.clausesBySentence.get(s.id) ?? []).some((c) => speculative(c) || disagrees(c)) ||
      s.dates.some((d) => d.relative) ||
      s.verbs.some(
        (v) =>
          v.finite &&
          /^(?:would|could|might|may|should|must)$/.test(s.tokens[v.start]?.lower ?? ''),
      )
    )
      return false;
    if (framing(s.tokens) || opensWithoutVerb(s.tokens)) return false;
    const words = wordCount(s.text);
    // "… the Yongle Emperor (r.": a sentence the splitter cut inside brackets is no sentence.
    if (!isWhole(s.text)) return false;
    if (listLine(s)) return false;
    if (
      words < 6 ||
      words > 30 ||
      /["“”]/.test(s.text) ||
      !/^\p{Lu}/u.test(s.text) ||
      !/[.]$/.test(s.text)
    )
      return false;
    const first = s.tokens[0];
    if (!first || CONNECTIVE_OPENERS.has(first.lower) || SUBORDINATORS_SET.has(first.lower))
      return false;
    const verb = s.verbs.find((v) => v.finite);
    if (verb && bareDefinite(spanText(s, { start: 0, end: verb.start }))) return false;
    if (!s.verbs.some((v) => v.finite)) return false;
    // "his" only after a person the sentence names, "its" only after a thing it names.
    const mentions = analysis.names.bySentence.get(s.id) ?? [];
    const firstPronoun = s.tokens.findIndex((w) => /^(?:his|her|its|their)$/.test(w.lower));
    const before = mentions.filter((m) => firstPronoun < 0 || m.end <= firstPronoun);
    const allow = new Set<string>();
    // One person, and a pronoun of their gender when the name tells it ("Truman Capote … her" is not his).
    const people = before.filter((m) => analysis.names.byId.get(m.entityId)?.kind === 'person');
    if (new Set(people.map((m) => m.entityId)).size === 1) {
      const first = s.tokens[people[0]!.start];
      if (!hasTag(first, 'FemaleName')) allow.add('his');
      if (!hasTag(first, 'MaleName')) allow.add('her');
    }
    if (before.some((m) => analysis.names.byId.get(m.entityId)?.kind !== 'person'))
      ['its', 'their'].forEach((w) => allow.add(w));
    return !needsContext(s.text, allow);
  });
}

interface Definite {
  /** Index of "the". */
  the: number;
  /** Index of the head noun. */
  noun: number;
  root: string;
}

const definiteCache = new WeakMap<Sentence, Definite[]>();

/**
 * "the roadshow", "the relationship": each "the <noun>" of a sentence whose noun the article already
 * used in an earlier sentence and that nothing after it pins down (not "the agreement reached
 * between …", nor generic "the world").
 */
function pointingBack(analysis: Analysis, sentence: Sentence): Definite[] {
  const cached = definiteCache.get(sentence);
  if (cached) return cached;
  const t = sentence.tokens;
  const firstUse = nounsFirstUsed(analysis);
  const usedBefore = (root: string) => (firstUse.get(root) ?? Infinity) < sentence.index;
  const out: Definite[] = [];
  for (let i = 0; i < t.length - 1; i++) {
    if (t[i]!.lower !== 'the') continue;
    // "the world's biggest retailer", "the country's largest bank": an epithet for something the
    // article named before, unless its name follows at once.
    if (
      EPITHET_SCOPES.has(t[i + 1]!.lower.replace(/['’]s$/, '')) &&
      t[i + 1]!.possessive &&
      hasTag(t[i + 2], 'Superlative') &&
      !/^\p{Lu}/u.test(t[i + 4]?.text ?? '') &&
      !/,/.test(gapBefore(sentence, i + 4))
    ) {
      out.push({ the: i, noun: Math.min(i + 3, t.length - 1), root: t[i + 3]?.lower ?? '' });
      continue;
    }
    // "The Manchester United winger won his first cap …", "The French star was part of …", "The
    // Tory leader said": opening a
    // sentence after the first, a name and a person's role stand for someone named before
    // (unless the name follows: "The Labour leader Tony Blair").
    if (i === 0 && sentence.index > 0) {
      let k = 1;
      while (
        k < t.length &&
        /^\p{Lu}/u.test(t[k]!.text) &&
        hasTag(t[k], 'ProperNoun', 'Noun', 'Demonym', 'Adjective')
      )
        k++;
      const role = t[k];
      // A person's role: compromise's "Actor" nouns, or one named for what a person does
      // ("winger", "spokesman"); one, not "The Oscars organisers".
      const person =
        !!role &&
        (hasTag(role, 'Actor') ||
          /(?:er|or|ist|man|woman)$/.test(role.lower) ||
          PERSON_ROLES.has(role.lower)) &&
        !hasTag(role, 'Plural') &&
        !GENERIC_DEFINITES.has(role.root ?? role.lower);
      if (
        k > 1 &&
        role &&
        person &&
        /^\p{Ll}/u.test(role.text) &&
        hasTag(role, 'Noun') &&
        !hasTag(role, 'Pronoun', 'Verb') &&
        !hasTag(t[k + 1], 'Noun') &&
        !/^\p{Lu}/u.test(t[k + 1]?.text ?? '') &&
        !/^(?:and|or|of|that|which|who|to|for|in|on|at|by|with|from)$/.test(t[k + 1]?.lower ?? '')
      ) {
        out.push({ the: i, noun: k, root: role.root ?? role.lower });
        continue;
      }
    }
    let j = i + 1;
    // "the recent falls", "the nine men", "the first televised ceremony": adjectives, a count and
    // a participle before the noun.
    while (
      j < t.length - 1 &&
      ((hasTag(t[j], 'Adjective') && !hasTag(t[j], 'Noun')) ||
        (hasTag(t[j], 'Value') && /^\p{Ll}|^\d{1,3}$/u.test(t[j]!.text)) ||
        (hasTag(t[j], 'Participle', 'PastTense') &&
          /^\p{Ll}/u.test(t[j]!.text) &&
          hasTag(t[j + 1], 'Noun') &&
          /^\p{Ll}/u.test(t[j + 1]!.text) &&
          !hasTag(t[j + 1], 'Pronoun', 'Verb')))
    )
      j++;
    const noun = t[j];
    if (
      !noun ||
      !hasTag(noun, 'Noun') ||
      hasTag(noun, 'ProperNoun', 'Pronoun', 'Value') ||
      /^\p{Lu}/u.test(noun.text)
    )
      continue;
    // A noun followed by another noun is a modifier ("the tax cut"): the phrase's head decides.
    // A possessive is a head of its own ("the first minister's comments": which minister?).
    if (
      !noun.possessive &&
      hasTag(t[j + 1], 'Noun') &&
      !hasTag(t[j + 1], 'Pronoun') &&
      /^\p{Ll}/u.test(t[j + 1]!.text)
    )
      continue;
    const root = noun.root ?? noun.lower;
    if (GENERIC_DEFINITES.has(root)) continue;
    const next = t[j + 1]?.lower ?? '';
    // "the agreement reached between …", "the outbreak that began …" say which; "The outbreak,
    // which began in 2001, …" only adds to one the reader already knows.
    const aside = /,/.test(gapBefore(sentence, j + 1));
    if (
      !aside &&
      /^(?:of|that|which|who|whom|to|between|for|in|on|at|by|with|from|known|called|named)$/.test(
        next,
      )
    )
      continue;
    // "The tech-fest showcased …", "The trio attended …": an epithet for something named before
    // points back too, even when its noun is new; a superlative or ordinal ("The best actress award",
    // "The first") says which.
    const pinned = t
      .slice(i + 1, j)
      .some(
        (w) => hasTag(w, 'Superlative', 'Ordinal') || /^(?:first|last|only|same)$/.test(w.lower),
      );
    // Only opening a sentence ("The trio attended …"): "to meet the generals" names its own.
    const epithet = i === 0 && sentence.index > 0 && !pinned;
    if (usedBefore(root) || epithet) out.push({ the: i, noun: j, root });
  }
  definiteCache.set(sentence, out);
  return out;
}

/**
 * Whether a range holds a "the <noun>" that points back (see `pointingBack`) and is not among the
 * ones `resolved` names in full.
 */
export function anaphoricAt(
  analysis: Analysis,
  sentence: Sentence,
  range: TokenRange,
  drop: readonly TokenRange[] = [],
  resolved: ReadonlyMap<number, unknown> = new Map(),
): boolean {
  return pointingBack(analysis, sentence).some(
    (d) =>
      d.the >= range.start &&
      d.noun < range.end &&
      !resolved.has(d.the) &&
      !drop.some((r) => d.the >= r.start && d.the < r.end),
  );
}

/**
 * "The company was taken over" after "The railway company was founded": a bare "the <noun>" that
 * points back, written as the one fuller phrase the article used for it before ("the railway
 * company", or a name ending in that noun, "the Harbour Line"). Nothing is resolved when the article
 * used two different fuller phrases for that noun before: the question would have to guess.
 */
export function resolvedDefinites(
  analysis: Analysis,
  sentence: Sentence,
): Map<number, { end: number; text: string }> {
  const out = new Map<number, { end: number; text: string }>();
  const index = fullerPhrases(analysis);
  for (const d of pointingBack(analysis, sentence)) {
    if (d.noun !== d.the + 1) continue;
    // Only a phrase of this paragraph or the one before: further back, "the deficit" may be another.
    const near = (index: number) =>
      sentence.paragraph - analysis.doc.sentences[index]!.paragraph <= 1;
    const before = new Set(
      (index.get(d.root) ?? [])
        .filter((p) => p.index < sentence.index && near(p.index))
        .map((p) => p.text),
    );
    if (before.size !== 1) continue;
    out.set(d.the, { end: d.noun + 1, text: `the ${[...before][0]!}` });
  }
  return out;
}

const phraseCache = new WeakMap<Analysis, Map<string, { index: number; text: string }[]>>();

/**
 * For each noun, the fuller phrases the article names it with, and where: "a light railway" and
 * "the railway company" give "light railway" under railway and "railway company" under company; a
 * name of a thing ending in a common word ("the Harbour Line") gives "Harbour Line" under line.
 */
function fullerPhrases(analysis: Analysis): Map<string, { index: number; text: string }[]> {
  const cached = phraseCache.get(analysis);
  if (cached) return cached;
  const map = new Map<string, { index: number; text: string }[]>();
  const add = (root: string, index: number, text: string) =>
    map.set(root, [...(map.get(root) ?? []), { index, text }]);
  for (const s of analysis.doc.sentences) {
    // A title is no phrase to name a thing by ("the IBM frees 500 software patents").
    if (!isSentence(s)) continue;
    const t = s.tokens;
    const named = new Set<number>();
    for (const m of analysis.names.bySentence.get(s.id) ?? []) {
      for (let k = m.start; k < m.end; k++) named.add(k);
      const entity = analysis.names.byId.get(m.entityId);
      const last = t[m.end - 1];
      if (!entity || entity.kind === 'person' || !last || m.end - m.start < 2 || m.possessive)
        continue;
      if (t[m.start - 1]?.lower === 'the') add(last.lower, s.index, entity.name);
    }
    for (let k = 1; k < t.length; k++) {
      const noun = t[k]!;
      if (named.has(k) || !hasTag(noun, 'Noun') || hasTag(noun, 'Pronoun', 'Value', 'ProperNoun'))
        continue;
      if (!/^\p{Ll}/u.test(noun.text)) continue;
      if (hasTag(t[k + 1], 'Noun') && /^\p{Ll}/u.test(t[k + 1]?.text ?? '')) continue;
      let m = k;
      while (
        m > 0 &&
        k - m < 3 &&
        !named.has(m - 1) &&
        hasTag(t[m - 1], 'Noun', 'Adjective') &&
        // "Britain's biggest night" says which night that was, not what "the night" is later.
        !hasTag(
          t[m - 1],
          'Pronoun',
          'Determiner',
          'Value',
          'Possessive',
          'Superlative',
          'Comparative',
        ) &&
        /^\p{Ll}/u.test(t[m - 1]!.text) &&
        !/[,;:()"“”]/.test(gapBefore(s, m))
      )
        m--;
      if (m === k || !/^(?:the|a|an)$/.test(t[m - 1]?.lower ?? '')) continue;
      add(
        noun.root ?? noun.lower,
        s.index,
        t
          .slice(m, k + 1)
          .map((w) => w.text)
          .join(' '),
      );
    }
  }
  phraseCache.set(analysis, map);
  return map;
}

const nounCache = new WeakMap<Analysis, Map<string, number>>();

/**
 * Each common noun of the article and the index of the first sentence that uses it: a sentence's
 * earlier nouns are those first used before it (one map, not a copy of all earlier nouns for every
 * sentence).
 */
function nounsFirstUsed(analysis: Analysis): Map<string, number> {
  const cached = nounCache.get(analysis);
  if (cached) return cached;
  const first = new Map<string, number>();
  for (const s of analysis.doc.sentences) {
    const note = (noun: string) => {
      if (!first.has(noun)) first.set(noun, s.index);
    };
    for (const tok of s.tokens)
      if (hasTag(tok, 'Noun') && !hasTag(tok, 'ProperNoun', 'Pronoun') && /^\p{Ll}/u.test(tok.text))
        note(tok.root ?? tok.lower);
    // "the Consumer Electronics Show" … "at the show": a name ending in a common noun introduces
    // that noun too (people's names do not: "Mr Hill" is no hill).
    for (const m of analysis.names.bySentence.get(s.id) ?? []) {
      const last = s.tokens[m.end - 1];
      if (
        m.end - m.start >= 2 &&
        last &&
        !m.entityId.startsWith('person:') &&
        (last.lower in lexicon || (last.root ?? '') in lexicon)
      )
        note((last.root ?? last.lower).replace(/['’]s$/, ''));
    }
  }
  nounCache.set(analysis, first);
  return first;
}
