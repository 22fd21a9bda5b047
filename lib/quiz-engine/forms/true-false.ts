import type { Analysis } from '../analysis';
import {
  ANTONYMS,
  CONTEST_VERBS,
  ONE_OBJECT_VERBS,
  SPEECH_VERBS,
  STANCE_VERBS,
} from '../lang/en/verbs';
import { hasTag, spanText } from '../nlp/spans';
import type { DateSpan, NumberSpan, Sentence, TokenRange, VerbGroup } from '../nlp/document';
import { conjugate } from '../nlp/verbs';
import { capitalize, displayName, lowerFirst } from '../realize';
import { TITLES } from '../lang/en/names';
import { AUTHOR } from '../stages/names';
import { attribution, clauseViews, standaloneSentences, type ClauseView } from './clause-view';
import {
  contentWords,
  evidenceNaming,
  forwardLooking,
  inAside,
  isModifier,
  mentionsName,
  overlap,
  sentencesSharing,
  paragraphLabel,
  fixedFigure,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';
import { dateOptions, entityOptions, numberOptions, optionName, shownValue } from './options';
import { inList } from './fill-in';
import { alsoTrueOf } from './who';

interface Variant {
  statement: string;
  truth: boolean;
  /** What the text says instead, for the explanation of a false statement. */
  says?: string;
  not?: string;
  tag: string;
}

/** The preposition before a name ("in", for "in the Hague"), or ''. */
function placePreposition(sentence: Sentence, range: TokenRange): string {
  const at = sentence.tokens[range.start - 1]?.lower === 'the' ? range.start - 2 : range.start - 1;
  return sentence.tokens[at]?.lower ?? '';
}

function replaceOnce(text: string, from: string, to: string): string | undefined {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) return undefined;
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * "Doc Martin won best comedy drama, over Jonathan Creek" → "lost …, over Jonathan Creek", "Italy
 * lost flanker Mauro Bergamasco with a head knock" → "won flanker …": winning and losing read
 * as opposites only of a contest or a prize, not with the rival it was won over or lost to, nor of
 * a person.
 */
function oppositeMisreads(analysis: Analysis, view: ClauseView): boolean {
  const { clause, sentence } = view;
  if (!CONTEST_VERBS.has(clause.verb.infinitive)) return false;
  const predicate = sentence.tokens.slice(clause.predicate.start, clause.predicate.end);
  if (predicate.some((w) => /^(?:over|to|against)$/.test(w.lower))) return true;
  // A person, or a name after a role noun ("flanker Mauro Bergamasco").
  return (analysis.names.bySentence.get(sentence.id) ?? []).some((m) => {
    if (m.start < clause.predicate.start || m.start > clause.predicate.start + 2) return false;
    const kind = analysis.names.byId.get(m.entityId)?.kind;
    const role = sentence.tokens[m.start - 1];
    return (
      kind === 'person' ||
      (kind === 'thing' && !!role && /^\p{Ll}/u.test(role.text) && hasTag(role, 'Noun'))
    );
  });
}

/**
 * The false forms of a statement the article contradicts: another date, figure, place or actor the
 * article states elsewhere in place of this one, or the verb's stated opposite. Quotations and what
 * was merely said are never altered; each false form is one change.
 */
function falseForms(analysis: Analysis, view: ClauseView, truth: string): Variant[] {
  const { clause, sentence } = view;
  const speech = SPEECH_VERBS.has(clause.verb.infinitive);
  const out = speech
    ? []
    : swaps(analysis, sentence, clause.predicate, view.dates, truth, clause.id, clause.verb, {
        later: forwardLooking(clause),
      });
  const antonym = ANTONYMS[clause.verb.infinitive];
  const written = sentence.tokens[clause.verb.head]!.text;
  if (
    antonym &&
    !clause.verb.negative &&
    clause.verb.end - clause.verb.start === 1 &&
    !oppositeMisreads(analysis, view)
  ) {
    const forms = conjugate(antonym);
    const form = !forms
      ? undefined
      : clause.verb.tense === 'past'
        ? forms.past
        : clause.plural
          ? forms.infinitive
          : forms.present;
    const changed = form ? replaceOnce(truth, ` ${written} `, ` ${form} `) : undefined;
    if (form && changed)
      out.push({ statement: changed, truth: false, says: written, not: form, tag: `verb:${form}` });
  }
  // Another actor in place of this one is clearly false only for what actors do or stand for
  // ("proposed", "opposed"), and only when nothing in it ("his plan") ties it to this one.
  const ownWords = sentence.tokens
    .slice(clause.predicate.start, clause.predicate.end)
    .some((w) => /^(?:his|her|him|himself|herself)$/.test(w.lower));
  if (
    view.entity &&
    view.entity.id !== AUTHOR.id &&
    (view.entity.kind === 'person' || view.entity.kind === 'organization') &&
    STANCE_VERBS.has(clause.verb.infinitive) &&
    !ownWords
  ) {
    const exclude = alsoTrueOf(analysis, view);
    const other = entityOptions(analysis, view.entity, {
      exclude,
      stem: sentence.text,
      salt: `${clause.id}:tf-subject`,
      near: sentence.paragraph,
    })?.[0];
    const name = view.subject;
    const otherEntity = analysis.names.entities.find(
      (e) => optionName(e) === other && e.mentions.length >= 2,
    );
    const changed =
      other && otherEntity && truth.startsWith(name)
        ? `${displayName(otherEntity).replace(/^the/, 'The')}${truth.slice(name.length)}`
        : undefined;
    if (other && changed)
      out.push({
        statement: changed,
        truth: false,
        says: view.entity.name,
        not: other,
        tag: `subject:${other}`,
      });
  }
  return out;
}

/**
 * One thing inside a range replaced by another the article states elsewhere: a date of the same
 * precision, a figure of the same unit, a place, person or organisation of the same kind (never a
 * modifier, a possessive or one member of a list).
 */
function swaps(
  analysis: Analysis,
  sentence: Sentence,
  range: TokenRange,
  dates: readonly DateSpan[],
  truth: string,
  salt: string,
  verb: VerbGroup | undefined,
  /** A plan or forecast: a false date is a later one ("by 1998" for a 2008 forecast is absurd). */
  { later = false }: { later?: boolean } = {},
): Variant[] {
  const out: Variant[] = [];
  // "met Yoo Seong-min" → "met Hong Joon-pyo" may be true as well: a named object is changed only
  // where the verb takes one of a kind, and a person only where the sentence says who someone is.
  const oneObject =
    !!verb && (verb.copula || verb.passive || ONE_OBJECT_VERBS.has(verb.infinitive));
  // Never inside brackets: an aside's gloss is not the claim.
  const bracketed = (r: TokenRange) => {
    const before = sentence.text.slice(0, (sentence.tokens[r.start]?.start ?? 0) - sentence.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const inside = (r: TokenRange) =>
    r.start >= range.start &&
    r.end <= range.end &&
    !bracketed(r) &&
    !inAside(analysis, sentence, r, range);
  const date = dates.filter((d) => !d.relative && inside(d))[0];
  if (date) {
    const text = date.text.replace(/[.,]$/, '');
    // Another date the article gives, far enough from this one that the change means something.
    const options =
      dateOptions(
        analysis,
        date,
        text,
        sentence.dates.filter((d) => d !== date),
        later,
      ) ?? [];
    const other =
      options.find(
        (o) =>
          Math.abs((Number(/\d{4}/.exec(o)?.[0]) || 0) - (Number(/\d{4}/.exec(text)?.[0]) || 0)) >=
          5,
      ) ?? (date.granularity === 'year' ? undefined : options[0]);
    const changed = other ? replaceOnce(truth, text, other) : undefined;
    if (other && changed)
      out.push({ statement: changed, truth: false, says: text, not: other, tag: `date:${other}` });
  }
  // "a 2% to 3% rise": one end of a range changed reads as nonsense ("4.3% to 3%"), not as a claim.
  const ranged = (n: NumberSpan) =>
    sentence.numbers.some(
      (m) =>
        m !== n &&
        (m.end + 1 === n.start || n.end + 1 === m.start) &&
        /^(?:to|and|or|-|–)$/.test(sentence.tokens[Math.min(m.end, n.end)]?.lower ?? ''),
    );
  // "more than 40,000": a bound is not contradicted by another bound ("more than 60,000").
  const bounded = (n: NumberSpan) =>
    sentence.tokens
      .slice(Math.max(0, n.start - 2), n.start)
      .some((w) => /^(?:than|least|most|up|over|under|fewer|less|nearly|almost)$/.test(w.lower));
  // "for the second time in two years": a window; a wider one ("in three years") is still true.
  const window = (n: NumberSpan) =>
    /^(?:in|within|over|past|last)$/.test(sentence.tokens[n.start - 1]?.lower ?? '') &&
    /^(?:years?|months?|weeks?|days?|decades?|hours?)$/.test(sentence.tokens[n.end]?.lower ?? '');
  // "1987 subsidies": a year used as a modifier is not a count to change.
  const yearLike = (n: NumberSpan) => n.kind === 'count' && /^(?:1[5-9]|20)\d\d$/.test(n.text);
  const number = sentence.numbers.find(
    (n) =>
      inside(n) &&
      n.kind !== 'ordinal' &&
      (n.kind !== 'count' || (!!n.unit && n.value >= 2)) &&
      !ranged(n) &&
      !bounded(n) &&
      !yearLike(n) &&
      !window(n) &&
      !fixedFigure(analysis, sentence, n),
  ) as NumberSpan | undefined;
  if (number) {
    // "some 19 years" for "some 18 years" is a nitpick, not a false claim: the changed figure is
    // at least a quarter away from the stated one.
    const stated = shownValue(number.text) ?? number.value;
    const other = numberOptions(analysis, number, number.text, sentence)?.find((o) => {
      const v = shownValue(o);
      return v !== undefined && stated > 0 && Math.abs(v - stated) / stated >= 0.25;
    });
    const changed = other ? replaceOnce(truth, number.text, other) : undefined;
    if (other && changed)
      out.push({
        statement: changed,
        truth: false,
        says: number.text,
        not: other,
        tag: `number:${other}`,
      });
  }
  for (const m of (analysis.names.bySentence.get(sentence.id) ?? []).filter(inside)) {
    const entity = analysis.names.byId.get(m.entityId);
    if (
      !entity ||
      entity.kind === 'thing' ||
      (entity.kind === 'person' && !verb?.copula) ||
      // "The only finalist was Michael East" names who; "Desailly is one of the most decorated
      // players" says something of its subject that may be true of the one put in its place.
      (entity.kind === 'person' && !!verb && m.start < verb.start) ||
      // "opened in Paris": where one event happened is one place.
      !(
        oneObject ||
        (entity.kind === 'place' && /^(?:in|at)$/.test(placePreposition(sentence, m)))
      ) ||
      isModifier(sentence, m) ||
      m.possessive ||
      inList(analysis, sentence.id, m)
    )
      continue;
    // "a National Assembly" → "a Houses of the Parliament": after "a" only a name that takes it fits.
    // "Attorney-General Brandis" keeps the person the title belongs to.
    const before = sentence.tokens[m.start - 1]?.lower ?? '';
    if (/^an?$/.test(before) || TITLES.has(before)) continue;
    // "the International Monetary Fund (IMF)" → "the EU (IMF)": a name its own short form follows
    // in brackets keeps it.
    const lastToken = sentence.tokens[m.end - 1]!;
    if (/^\s*\(/.test(sentence.text.slice(lastToken.end - sentence.start))) continue;
    // A place of unknown level might contain the other ("Amdo" in "Inner Asia"): only countries and cities swap.
    if (entity.kind === 'place' && !entity.subtype) continue;
    // Someone or somewhere the article names nearby: a plausible change, so only reading rules it out.
    if (entity.confidence < 2) continue;
    const other = entityOptions(analysis, entity, {
      stem: sentence.text,
      salt: `${salt}:tf`,
      near: sentence.paragraph,
    })?.[0];
    const otherEntity = other
      ? analysis.names.entities.find((e) => optionName(e) === other)
      : undefined;
    if (!other || !otherEntity) continue;
    // "the Korean Peninsula" → "Northeast Asia": the article's own "the" goes with the name.
    const written = sentence.tokens[m.start - 1]?.lower === 'the' ? `the ${m.text}` : m.text;
    // "Mr Mugabe" → "Mr Zuma": after a title, the other person's surname.
    const titled = TITLES.has(sentence.tokens[m.start - 1]?.lower ?? '');
    const shown = titled && otherEntity.surname ? otherEntity.surname : displayName(otherEntity);
    const replacement = m.start === 0 ? shown.replace(/^the/, 'The') : shown;
    const changed = replaceOnce(truth, written, replacement) ?? replaceOnce(truth, m.text, other);
    if (changed) {
      out.push({
        statement: changed,
        truth: false,
        says: written,
        not: displayName(otherEntity),
        tag: `object:${other}`,
      });
      break;
    }
  }
  return out;
}

/** No sentence of the article states the changed form: it shares most words and the changed part. */
function contradicted(analysis: Analysis, variant: Variant): boolean {
  const words = contentWords(variant.statement);
  return !sentencesSharing(analysis, words).some(
    (s) => overlap(words, contentWords(s.text)) >= 0.6 && mentionsName(s.text, variant.not ?? ''),
  );
}

/**
 * true/false: a clause restated on its own, or one thing in it changed to another the article
 * states elsewhere. Both forms of a clause are drafts of one fact; the bank keeps one of them,
 * balancing True and False.
 */
export const trueFalseForm: QuestionForm = {
  name: 'true/false: a clause as stated, or with one thing changed',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const view of clauseViews(analysis)) {
      const { clause, sentence, entity } = view;
      if (
        clause.role === 'subordinate' ||
        clause.role === 'embedded' ||
        clause.role === 'appositive'
      )
        continue;
      // "In 2009, the UK was the largest producer …": a date before the subject stays with the claim.
      const opener =
        clause.role === 'main'
          ? view.dates.find((d) => d.end <= clause.subject.start && !d.relative)
          : undefined;
      // "…, the OECD said": the claim is stated as the OECD's, or not at all when it names no one.
      const according = attribution(analysis, view);
      if (according === undefined) continue;
      const said = view.statement([], 26);
      // "According to critics, Martin Scorsese's The Aviator …": a name keeps its capital.
      const named =
        !!view.entity ||
        !!clause.subjectName ||
        (analysis.names.bySentence.get(sentence.id) ?? []).some(
          (m) => m.start === clause.subject.start,
        );
      const lower = (text: string) => (named ? text : lowerFirst(text));
      const dated =
        said && opener
          ? `${capitalize(spanText(sentence, { start: opener.phraseStart, end: opener.end }))}, ${lower(said)}`
          : said;
      const truth = dated && according ? `${according}${lower(dated)}` : dated;
      if (!truth || truth.split(/\s+/).length < 5) continue;
      if (/["“”]/.test(truth)) continue;
      const variants: Variant[] = [{ statement: truth, truth: true, tag: 'true' }];
      const falses = falseForms(analysis, view, truth).filter(
        (v) =>
          (!mentionsName(sentence.text, v.not ?? '') || v.tag.startsWith('verb')) &&
          contradicted(analysis, v),
      );
      const chosen = falses[0];
      if (chosen) variants.push(chosen);
      for (const v of variants)
        drafts.push(draftOf(analysis, sentence, v, truth, `${clause.id}|tf`, entity?.id));
    }
    // A sentence that stands alone as written, when none of its clauses gave a statement.
    const stated = new Set(drafts.map((d) => d.evidence[d.evidence.length - 1]));
    for (const sentence of standaloneSentences(analysis)) {
      if (
        stated.has(sentence.id) ||
        SPEECH_VERBS.has(sentence.verbs.find((v) => v.finite)?.infinitive ?? '')
      )
        continue;
      const truth = sentence.text.replace(/[.]$/, '');
      const whole = { start: 0, end: sentence.tokens.length };
      const verb = sentence.verbs.find((v) => v.finite);
      // "… estimates that networks will have acquired 51 million users by 2009": a forecast in any
      // clause of the sentence, what was estimated included, gets only later dates.
      const clauses = analysis.clausesBySentence.get(sentence.id) ?? [];
      const falses = swaps(analysis, sentence, whole, sentence.dates, truth, sentence.id, verb, {
        later: clauses.some(forwardLooking),
      }).filter((v) => contradicted(analysis, v));
      const variants: Variant[] = [
        { statement: truth, truth: true, tag: 'true' },
        ...falses.slice(0, 1),
      ];
      for (const v of variants)
        drafts.push(draftOf(analysis, sentence, v, truth, `${sentence.id}|tf`, undefined));
    }
    return drafts;
  },
};

function draftOf(
  analysis: Analysis,
  sentence: Sentence,
  v: Variant,
  truth: string,
  fact: string,
  entity: string | undefined,
): Draft {
  const where = paragraphLabel(sentence.paragraph);
  return {
    type: 'true-false',
    prompt: `True or false: ${v.statement}.`,
    explanation: v.truth
      ? `True. ${where} says so: ${truth}.`
      : `False. ${where} says ${v.says}, not ${v.not}: ${truth}.`,
    evidence: evidenceNaming(analysis, sentence, entity),
    key: v.truth ? 'True' : 'False',
    distractors: [v.truth ? 'False' : 'True'],
    keyId: v.truth ? 'True' : 'False',
    about: entity ? [entity] : [],
    score: 2.5 + positionWeight(sentence) + (v.truth ? 0 : 0.2),
    fact,
    shown: [sentence.id],
    idParts: [fact, v.tag],
  };
}
