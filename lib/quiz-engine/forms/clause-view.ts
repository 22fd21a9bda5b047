import type { Analysis } from '../analysis';
import type { DateSpan, Sentence, TokenRange } from '../nlp/document';
import { hasTag } from '../nlp/spans';
import { CONNECTIVE_OPENERS, SUBORDINATORS } from '../lang/en/clauses';
import { REPORTING_VERBS } from '../lang/en/verbs';
import { displayName, statement, subjectText, textWithout, wordCount } from '../realize';
import type { Clause } from '../stages/clauses';
import { AUTHOR, type Entity } from '../stages/names';

import { isWhole, needsContext, ownPronouns } from './kit';

const SUBORDINATORS_SET = new Set(Object.keys(SUBORDINATORS));
const FIRST_PERSON: Record<string, string> = { my: 'the author’s', me: 'the author', mine: 'the author’s', myself: 'the author' };

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
export function clauseViews(analysis: Analysis): ClauseView[] {
  const out: ClauseView[] = [];
  for (const clause of analysis.clauses) {
    if (clause.quoted || !clause.reliable) continue;
    const view = viewOf(analysis, clause);
    if (view) out.push(view);
  }
  return out;
}

function viewOf(analysis: Analysis, clause: Clause): ClauseView | undefined {
  const { sentence } = clause;
  const entity = clause.subjectEntity ? analysis.names.byId.get(clause.subjectEntity) : undefined;
  if (clause.pronoun && !entity && !clause.subjectName) return undefined;
  const subject = subjectText(clause, entity, analysis.names.capitalized);
  if (!entity && needsContext(subject)) return undefined;
  if (!entity && wordCount(subject) > 10) return undefined;
  const t = sentence.tokens;
  // A predicate that runs over a verb no clause accounts for was misread: leave it out.
  const heads = new Set(analysis.clausesBySentence.get(sentence.id)?.map((c) => c.verb.head));
  const stray = sentence.verbs.some(
    (v) =>
      v.finite &&
      v.head >= clause.predicate.start &&
      v.head < clause.predicate.end &&
      !heads.has(v.head) &&
      !hasTag(t[v.head - 1], 'Determiner') &&
      t[v.start - 1]?.lower !== 'to' &&
      t[v.head - 1]?.lower !== 'to',
  );
  if (stray) return undefined;
  // "Mr Obama said recent concerns around policing": what was said must be a clause, a quotation or "to …".
  if (REPORTING_VERBS.has(clause.verb.infinitive)) {
    const says = (analysis.clausesBySentence.get(sentence.id) ?? []).some(
      (c) => c !== clause && c.verb.head >= clause.predicate.start && c.verb.head < clause.predicate.end,
    );
    const toOrQuote = t.slice(clause.predicate.start, clause.predicate.end).some((w) => w.lower === 'to' || /["“]/.test(w.text));
    if (!says && !toOrQuote) return undefined;
  }
  const nested = (analysis.clausesBySentence.get(sentence.id) ?? []).filter(
    (c) => c !== clause && c.subject.start >= clause.predicate.start && c.subject.start < clause.predicate.end,
  );
  const firstNested = Math.min(clause.predicate.end, ...nested.map((c) => c.subject.start));
  const opener = clause.role === 'main' && clause === analysis.clausesBySentence.get(sentence.id)?.[0];
  const dates = sentence.dates.filter(
    (d) =>
      (d.start >= clause.predicate.start && d.end <= firstNested) ||
      // "Moon, candidate of the party, on 23 April 2017 unveiled": between the subject and its verb.
      (clause.role !== 'appositive' && clause.introducer === clause.subject.start && d.start >= clause.subject.end && d.end <= clause.verb.start) ||
      (opener && d.end <= clause.subject.start && d.phraseStart >= 0),
  );
  // "up from 6.6 percent in 2017", "more than in 2017": a date in a comparison dates something else.
  const comparison = (d: DateSpan) => t.slice(Math.max(0, d.phraseStart - 3), d.phraseStart + 1).some((w) => /^(?:than|from|since|compared)$/.test(w.lower));
  dates.splice(0, dates.length, ...dates.filter((d) => !comparison(d)));
  const allow = ownPronouns(entity, clause.plural);
  const predicateRange = clause.predicate;
  // The narrator's "my" and "me" read as the author's in a question.
  const rewrite = entity?.id === AUTHOR.id ? (word: string) => FIRST_PERSON[word.toLowerCase()] : undefined;
  const rest = (drop: readonly TokenRange[] = [], maxWords = 24) => {
    const text = textWithout(sentence, predicateRange, drop, rewrite);
    if (wordCount(text) > maxWords) return undefined;
    if (!isWhole(text)) return undefined;
    if (needsContext(text, allow)) return undefined;
    return text;
  };
  return {
    clause,
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

/**
 * "According to the Congressional Budget Office, …": what a clause says when it is what someone else
 * said or estimated (an embedded clause under a reporting verb with a named subject). Empty for a
 * clause the article states itself; undefined when the source cannot be named.
 */
export function attribution(analysis: Analysis, view: ClauseView): string | undefined {
  if (view.clause.role !== 'embedded') return '';
  const parent = analysis.clausesBySentence.get(view.sentence.id)?.[view.clause.parent ?? -1];
  const source = parent?.subjectEntity ? analysis.names.byId.get(parent.subjectEntity) : undefined;
  if (!parent || !source || !REPORTING_VERBS.has(parent.verb.infinitive)) return undefined;
  return `According to ${displayName(source)}, `;
}

/**
 * Sentences that stand alone as they are written: short, outside quotation marks, opening with a
 * capital and no connective, naming what they are about (no pronoun or "the agreement" pointing
 * elsewhere, "its"/"his" only after a name in the same sentence).
 */
export function standaloneSentences(analysis: Analysis): Sentence[] {
  return analysis.doc.sentences.filter((s) => {
    const words = wordCount(s.text);
    if (words < 6 || words > 30 || /["“”]/.test(s.text) || !/^\p{Lu}/u.test(s.text) || !/[.]$/.test(s.text)) return false;
    const first = s.tokens[0];
    if (!first || CONNECTIVE_OPENERS.has(first.lower) || SUBORDINATORS_SET.has(first.lower)) return false;
    if (!s.verbs.some((v) => v.finite)) return false;
    const named = (analysis.names.bySentence.get(s.id) ?? []).length > 0;
    return !needsContext(s.text, named ? new Set(['his', 'her', 'its', 'their']) : new Set());
  });
}
