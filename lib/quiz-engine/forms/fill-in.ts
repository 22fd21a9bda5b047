import type { Analysis } from '../analysis';
import { MONTH_NAMES } from '@/lib/text/dates';
import { civilOf } from '../nlp/days';
import { NUMBER_WORDS } from '../lang/en/numbers';
import type { DateSpan, Sentence, TokenRange } from '../nlp/document';
import { gapBefore } from '../nlp/spans';
import { lexiconTags } from '../nlp/text';
import { FEATURE_HEADS } from '../lang/en/names';
import { statement, tidy, wordCount } from '../realize';
import { isHeadWord } from '../stages/names';
import type { Entity, Mention } from '../stages/names';
import { clauseViews, cutShort, standaloneSentences } from './clause-view';
import {
  countedListFollows,
  inAside,
  isModifier,
  fixedFigure,
  insideName,
  isWhole,
  needsContext,
  paragraphLabel,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';

const BLANK = '_____';

/**
 * What a student would naturally type for a name: its other forms in the article, the surname, the
 * name without "of …" or a leading "the", and an acronym's expansion (or the acronym).
 */
export function acceptedFor(entity: Entity, written: string): string[] {
  const out = new Set<string>([entity.name, ...entity.aliases]);
  if (entity.surname) out.add(entity.surname);
  const of = entity.name.search(/\s+of\s+/);
  if (entity.kind === 'person' && of > 0) out.add(entity.name.slice(0, of));
  // "Guantanamo Bay" → "Guantanamo", "the Yangtze River" → "Yangtze": a feature's own name, when
  // it is no word of the language ("Red Sea" is not "Red") nor another place ("Mexico City").
  const feature = /^(?:the\s+)?(\S+)\s+(\S+)$/i.exec(entity.name);
  if (
    entity.kind === 'place' &&
    feature &&
    FEATURE_HEADS.has(feature[2]!.toLowerCase()) &&
    properOnly(feature[1]!)
  )
    out.add(feature[1]!);
  for (const n of [...out]) out.add(n.replace(/^the\s+/i, ''));
  out.delete(written);
  // "Mike" for Mike Leigh: a given name alone is how friends say it, not an answer to a blank.
  const given =
    entity.kind === 'person' && entity.surname ? entity.name.split(/\s+/)[0] : undefined;
  if (given && given !== entity.surname) out.delete(given);
  // A one-word form another person also has ("Kim") never marks an answer right.
  return [...out].filter((n) => n.length > 1 && n !== written);
}

/** A word compromise's lexicon does not know, or knows only as a name that is no country or city. */
function properOnly(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length === 0) return true;
  return (
    tags.some((t) => t === 'ProperNoun' || t === 'Place') &&
    !tags.some((t) => t === 'Country' || t === 'City')
  );
}

/** A name written as one member of a list ("Japan and Russia and European countries") is a weak blank. */
export function inList(analysis: Analysis, sentenceId: string, m: Mention): boolean {
  const sentence = analysis.doc.sentenceById.get(sentenceId)!;
  const others = (analysis.names.bySentence.get(sentenceId) ?? []).filter((o) => o !== m);
  const near = (o: Mention) =>
    o.end === m.start - 1 || o.start === m.end + 1 || o.end === m.start || o.start === m.end;
  const joiner = (i: number) =>
    /^(?:and|or|,)$/.test(sentence.tokens[i]?.lower ?? '') || /,/.test(gapBefore(sentence, i));
  return others.some(
    (o) =>
      near(o) && (joiner(m.start - 1) || joiner(m.end) || joiner(m.start) || joiner(m.end + 1)),
  );
}

interface Target {
  range: TokenRange;
  key: string;
  accepted: string[];
  keyId: string;
  about: string[];
  weight: number;
}

/** A small count a student may type in words or digits: "two" … "ninety-nine". */
const COUNT_WORDS = NUMBER_WORDS.slice(2);

/**
 * What is worth blanking inside a range of a sentence: a name heading its phrase (not the topic, not
 * one member of a list, not a modifier), a figure with what it counts, an absolute date.
 */
function targets(
  analysis: Analysis,
  sentence: Sentence,
  range: TokenRange,
  not?: string,
): Target[] {
  const out: Target[] = [];
  const inside = (r: TokenRange) => r.start >= range.start && r.end <= range.end;
  for (const m of analysis.names.bySentence.get(sentence.id) ?? []) {
    if (!inside(m)) continue;
    const entity = analysis.names.byId.get(m.entityId);
    if (!entity || analysis.topic.has(entity.id) || entity.id === not) continue;
    const salience = analysis.salience.get(entity.id) ?? 0;
    // A name the article mentions once, a country, or a bare acronym everybody knows ("EU", "BBC") is a weak blank.
    if (
      entity.mentions.length < 2 ||
      (entity.kind === 'place' && (entity.subtype === 'country' || salience < 3))
    )
      continue;
    if (/^\p{Lu}{2,4}$/u.test(m.text) && !analysis.acronyms.some((a) => a.short === m.text))
      continue;
    if (
      entity.kind === 'thing' &&
      !entity.subtype &&
      !entity.aliases.some((a) => /^\p{Lu}{2,}$/u.test(a))
    )
      continue;
    if (inList(analysis, sentence.id, m) || isModifier(sentence, m)) continue;
    // "Dancers like _____": an example stands for others.
    if (example(sentence, m)) continue;
    // "the 1970 _____", "a parliamentary form of _____" (Assembly, Government): a head word alone says nothing.
    if (m.end - m.start === 1 && isHeadWord(m.text)) continue;
    // "praised The College Dropout": a title's own "The" goes into the blank with it.
    if (sentence.tokens[m.start - 1]?.text === 'The' && ownThe(analysis, entity.id)) {
      out.push({
        range: { start: m.start - 1, end: m.end },
        key: `The ${m.text}`,
        accepted: [m.text, ...acceptedFor(entity, m.text)],
        keyId: entity.id,
        about: [entity.id],
        weight: Math.min(0.6, salience / 10),
      });
      continue;
    }
    out.push({
      range: m,
      key: m.text,
      accepted: acceptedFor(entity, m.text),
      keyId: entity.id,
      about: [entity.id],
      weight: Math.min(0.6, salience / 10),
    });
  }
  // "up from 6.6 percent in 2017", "more than in 2017": a figure or date only compared with is a weak blank.
  const compared = (r: TokenRange) =>
    sentence.tokens
      .slice(Math.max(0, r.start - 3), r.start)
      .some((t) => /^(?:than|from|compared)$/.test(t.lower));
  for (const n of sentence.numbers) {
    if (!inside(n) || n.kind === 'ordinal' || (n.kind === 'count' && (!n.unit || n.value < 2)))
      continue;
    // "the Investment Company Act of 1940", "100% Homegrown": a figure inside a name is part of it.
    if (fixedFigure(analysis, sentence, n)) continue;
    if (/[/]/.test(n.text) || compared(n) || countedListFollows(sentence, n)) continue;
    // "22,953 voters", "260.75bn roubles": more than three significant digits is past what a student
    // would type from a reading (a choice question can still ask it).
    if (
      (/[\d.,]+/
        .exec(n.text)?.[0]
        .replace(/\D/g, '')
        .replace(/^0+|0+$/g, '').length ?? 0) > 3
    )
      continue;
    // "from 22 to 18 holes": another figure of the same kind beside it half gives the blank away.
    if (
      sentence.numbers.some(
        (o) => o !== n && o.kind === n.kind && (o.unit ?? '') === (n.unit ?? ''),
      )
    )
      continue;
    const accepted = numberForms(n.text);
    out.push({
      range: n,
      key: n.text,
      accepted,
      keyId: `number:${n.value}:${n.unit ?? n.kind}`,
      about: [],
      weight: 0.3,
    });
  }
  for (const d of sentence.dates) {
    // A whole day is rote; the year or the century an event happened is worth knowing.
    if (
      !inside(d) ||
      d.relative ||
      d.granularity === 'years' ||
      d.granularity === 'day' ||
      // A date is part of a name only inside it ("in June 2004" is no name).
      insideName(analysis, sentence, d) ||
      compared({ start: d.phraseStart, end: d.end })
    )
      continue;
    // "in 2004": the preposition stays in the sentence, the blank is the date.
    const preposition = /^(?:in|on|at|by|during|from)$/i.test(sentence.tokens[d.start]?.text ?? '');
    const range = preposition ? { start: d.start + 1, end: d.end } : d;
    const key = d.text.replace(/[.,]$/, '').replace(/^(?:in|on|at|by|during|from)\s+/i, '');
    out.push({
      range,
      key,
      accepted: dateForms(d, key),
      keyId: `date:${d.from}-${d.to}`,
      about: [],
      weight: 0.2,
    });
  }
  return out;
}

/** "1,000" → "1000"; "five" → "5"; "13 percent" → "13%", "13"; "$4.8 billion" → "4.8 billion". */
export function numberForms(text: string): string[] {
  const out = new Set<string>();
  const word = text.split(/\s+/)[0]!.toLowerCase();
  const asWord = COUNT_WORDS.indexOf(word);
  if (asWord >= 0) out.add(text.replace(/^\S+/, String(asWord + 2)));
  const digitWord = /^\d+$/.test(word) ? COUNT_WORDS[Number(word) - 2] : undefined;
  if (digitWord) out.add(text.replace(/^\S+/, digitWord));
  if (/\d,\d/.test(text)) out.add(text.replace(/(\d),(?=\d{3})/g, '$1'));
  if (/^[$£€¥]/.test(text)) out.add(text.slice(1));
  const percent = /^(\S+)\s+(?:percent|per cent)$/i.exec(text);
  if (percent) {
    out.add(`${percent[1]}%`);
    out.add(percent[1]!);
  }
  if (/%$/.test(text)) out.add(text.slice(0, -1));
  // "£7m" is also "£7 million", "7 million" and "7m"; "$10bn" is "$10 billion".
  const scaled = /^([$£€¥]?)([\d.,]+)\s*(m|bn|k)$/i.exec(text);
  if (scaled) {
    const [, currency, figure, unit] = scaled;
    const word = { m: 'million', bn: 'billion', k: 'thousand' }[
      unit!.toLowerCase() as 'm' | 'bn' | 'k'
    ];
    for (const c of new Set([currency!, ''])) {
      out.add(`${c}${figure} ${word}`);
      out.add(`${c}${figure}${unit}`);
    }
  }
  out.delete(text);
  return [...out];
}

/** A day written the other common way ("14 August 1973" ↔ "August 14, 1973"). */
const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];

/** "the 18th century" → "18th century", "eighteenth century", "1700s"; "the 1990s" → "1990s", "nineties". */
function dateForms(d: DateSpan, key: string): string[] {
  const bare = key.replace(/^the\s+/i, '');
  if (d.granularity === 'century') {
    const n = Number(/(\d+)(?:st|nd|rd|th)/.exec(key)?.[1]);
    const forms = [bare];
    if (ORDINAL_WORDS[n]) forms.push(bare.replace(/\d+(?:st|nd|rd|th)/, ORDINAL_WORDS[n]!));
    if (n > 1 && !/early|late|mid/i.test(key)) forms.push(`${n - 1}00s`);
    return forms.filter((f) => f !== key);
  }
  if (d.granularity === 'decade')
    return [bare, bare.replace(/^(\d\d)(\d0s)$/, "'$2")].filter((f) => f !== key);
  if (d.granularity !== 'day') return [];
  const { year, month, day } = civilOf(d.from);
  const name = MONTH_NAMES[month - 1];
  return [`${day} ${name} ${year}`, `${name} ${day}, ${year}`, `${name} ${day} ${year}`].filter(
    (f) => f !== key,
  );
}

/** "dancers like Darcey Bussell", "such as Japan", "including Seoul": an example of a kind. */
function example(sentence: Sentence, range: TokenRange): boolean {
  const t = sentence.tokens;
  const before = t[range.start - 1]?.lower ?? '';
  return (
    before === 'like' ||
    before === 'including' ||
    (before === 'as' && t[range.start - 2]?.lower === 'such')
  );
}

/**
 * "album The College Dropout": a name the article writes with a capital "The" inside a sentence has
 * "The" as part of it (unlike "the Senate").
 */
function ownThe(analysis: Analysis, entityId: string): boolean {
  const entity = analysis.names.byId.get(entityId);
  return !!entity?.mentions.some((m) => {
    if (m.start < 2) return false;
    return analysis.doc.sentenceById.get(m.sentenceId)?.tokens[m.start - 1]?.text === 'The';
  });
}

function blankedText(sentence: Sentence, range: TokenRange, target: Target): string {
  // The sentence's own characters around the blank, so its punctuation stays where it was.
  const at = (i: number) => sentence.tokens[i]!.start - sentence.start;
  const to = (i: number) => sentence.tokens[i]!.end - sentence.start;
  const last = sentence.tokens[target.range.end - 1]!;
  const possessive = last.possessive ? last.text.slice(last.bare.length) : '';
  const before =
    target.range.start > range.start
      ? sentence.text.slice(at(range.start), at(target.range.start))
      : '';
  const after =
    target.range.end < range.end
      ? sentence.text.slice(to(target.range.end - 1), to(range.end - 1))
      : '';
  return tidy(`${before}${BLANK}${possessive}${after}`);
}

function acceptable(text: string): boolean {
  const probe = text.replace(BLANK, 'X');
  return (
    wordCount(text) <= 30 &&
    isWhole(probe) &&
    !needsContext(probe, new Set(['his', 'her', 'its', 'their']))
  );
}

/**
 * fill-in: one key item blanked — a name, a figure or a date — in a clause restated on its own, or
 * in a sentence that stands alone when no clause of it reads cleanly. Never the article's own topic,
 * one member of a list, or part of a name. One blank per sentence: a sentence's drafts are one fact,
 * and the bank keeps the best of them.
 */
export const fillInForm: QuestionForm = {
  name: 'fill-in: a key name, figure or date blanked',
  make(analysis) {
    const drafts: Draft[] = [];
    const done = new Set<string>();
    const add = (sentence: Sentence, text: string, target: Target, fact: string) => {
      // "… the Crime of Genocide (CPPCG) which …": a blank inside an aside the restated clause
      // leaves out is no blank at all.
      if (!text.includes(BLANK)) return;
      drafts.push({
        type: 'fill-in',
        prompt: `Fill in the blank: ${text.replace(/[.!?]$/, '')}.`,
        explanation: `${paragraphLabel(sentence.paragraph)}: ${text.replace(BLANK, target.key).replace(/[.!?]$/, '')}.`,
        evidence: [sentence.id],
        key: target.key,
        accepted: target.accepted,
        keyId: target.keyId,
        about: target.about,
        score: 2.5 + positionWeight(sentence) + target.weight,
        fact,
        shown: [],
        idParts: [fact, target.key],
      });
      done.add(`${sentence.id}|${target.range.start}`);
    };
    for (const view of clauseViews(analysis)) {
      const { clause, sentence } = view;
      if (
        clause.role === 'subordinate' ||
        clause.role === 'embedded' ||
        clause.role === 'appositive'
      )
        continue;
      // A predicate cut short ("hopeful that the format war, akin to …") is no sentence to fill in,
      // nor one that leans on what came before ("when the scandal broke").
      if (cutShort(view) || view.rest([], 60) === undefined) continue;
      for (const target of targets(analysis, sentence, clause.predicate, view.entity?.id)) {
        const blanked = blankedText(sentence, clause.predicate, target);
        if (!acceptable(blanked)) continue;
        const text = statement(clause, view.subject, blanked);
        if (text) add(sentence, text, target, `${sentence.id}|fill`);
      }
    }
    for (const sentence of standaloneSentences(analysis)) {
      const whole = { start: 0, end: sentence.tokens.length };
      for (const target of targets(analysis, sentence, whole)) {
        if (done.has(`${sentence.id}|${target.range.start}`) || target.range.start === 0) continue;
        if (inAside(analysis, sentence, target.range)) continue;
        const text = blankedText(sentence, whole, target);
        if (acceptable(text)) add(sentence, text, target, `${sentence.id}|fill`);
      }
    }
    return drafts;
  },
};
