import type { Analysis } from '../analysis';
import type { Sentence, TokenRange } from '../nlp/document';
import { gapBefore } from '../nlp/spans';
import { statement, textWithout, wordCount } from '../realize';
import type { Entity, Mention } from '../stages/names';
import { clauseViews, standaloneSentences } from './clause-view';
import { isModifier, isWhole, needsContext, paragraphLabel, positionWeight, type Draft, type QuestionForm } from './kit';

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
  for (const n of [...out]) out.add(n.replace(/^the\s+/i, ''));
  out.delete(written);
  // A one-word form another person also has ("Kim") never marks an answer right.
  return [...out].filter((n) => n.length > 1 && n !== written);
}

/** A name written as one member of a list ("Japan and Russia and European countries") is a weak blank. */
export function inList(analysis: Analysis, sentenceId: string, m: Mention): boolean {
  const sentence = analysis.doc.sentenceById.get(sentenceId)!;
  const others = (analysis.names.bySentence.get(sentenceId) ?? []).filter((o) => o !== m);
  const near = (o: Mention) => o.end === m.start - 1 || o.start === m.end + 1 || o.end === m.start || o.start === m.end;
  const joiner = (i: number) => /^(?:and|or|,)$/.test(sentence.tokens[i]?.lower ?? '') || /,/.test(gapBefore(sentence, i));
  return others.some((o) => near(o) && (joiner(m.start - 1) || joiner(m.end) || joiner(m.start) || joiner(m.end + 1)));
}

interface Target {
  range: TokenRange;
  key: string;
  accepted: string[];
  keyId: string;
  about: string[];
  weight: number;
}

const NUMBER_WORDS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12' };

/**
 * What is worth blanking inside a range of a sentence: a name heading its phrase (not the topic, not
 * one member of a list, not a modifier), a figure with what it counts, an absolute date.
 */
function targets(analysis: Analysis, sentence: Sentence, range: TokenRange, not?: string): Target[] {
  const out: Target[] = [];
  const inside = (r: TokenRange) => r.start >= range.start && r.end <= range.end;
  for (const m of analysis.names.bySentence.get(sentence.id) ?? []) {
    if (!inside(m)) continue;
    const entity = analysis.names.byId.get(m.entityId);
    if (!entity || analysis.topic.has(entity.id) || entity.id === not) continue;
    const salience = analysis.salience.get(entity.id) ?? 0;
    if (entity.kind === 'place' && salience < 3) continue;
    if (entity.kind === 'thing' && !entity.subtype && !entity.aliases.some((a) => /^\p{Lu}{2,}$/u.test(a))) continue;
    if (inList(analysis, sentence.id, m) || isModifier(sentence, m)) continue;
    out.push({ range: m, key: m.text, accepted: acceptedFor(entity, m.text), keyId: entity.id, about: [entity.id], weight: Math.min(0.6, salience / 10) });
  }
  // "up from 6.6 percent in 2017", "more than in 2017": a figure or date only compared with is a weak blank.
  const compared = (r: TokenRange) =>
    sentence.tokens.slice(Math.max(0, r.start - 3), r.start).some((t) => /^(?:than|from|compared)$/.test(t.lower));
  for (const n of sentence.numbers) {
    if (!inside(n) || n.kind === 'ordinal' || (n.kind === 'count' && (!n.unit || n.value < 2))) continue;
    if (/[/]/.test(n.text) || compared(n)) continue;
    const digits = NUMBER_WORDS[n.text.toLowerCase()];
    const accepted = [digits, n.kind === 'money' ? n.text.replace(/^[$£€¥]/, '') : undefined].filter((x): x is string => !!x && x !== n.text);
    out.push({ range: n, key: n.text, accepted, keyId: `number:${n.value}:${n.unit ?? n.kind}`, about: [], weight: 0.3 });
  }
  for (const d of sentence.dates) {
    if (!inside(d) || d.relative || d.granularity === 'years' || compared({ start: d.phraseStart, end: d.end })) continue;
    out.push({ range: d, key: d.text.replace(/[.,]$/, ''), accepted: [], keyId: `date:${d.from}-${d.to}`, about: [], weight: 0.2 });
  }
  return out;
}

function blankedText(sentence: Sentence, range: TokenRange, target: Target): string {
  const before = textWithout(sentence, { start: range.start, end: target.range.start });
  const after = textWithout(sentence, { start: target.range.end, end: range.end });
  const possessive = sentence.tokens[target.range.end - 1]?.possessive ? '’s' : '';
  return [before, `${BLANK}${possessive}`, after].filter(Boolean).join(' ').replace(/\s+([,.;:])/g, '$1');
}

function acceptable(text: string): boolean {
  const probe = text.replace(BLANK, 'X');
  return wordCount(text) <= 30 && isWhole(probe) && !needsContext(probe, new Set(['his', 'her', 'its', 'their']));
}

/**
 * fill-in: one key item blanked — a name, a figure or a date — in a clause restated on its own, or
 * in a sentence that stands alone when no clause of it reads cleanly. Never the article's own topic,
 * one member of a list, or part of a name.
 */
export const fillInForm: QuestionForm = {
  name: 'fill-in: a key name, figure or date blanked',
  make(analysis) {
    const drafts: Draft[] = [];
    const done = new Set<string>();
    const add = (sentence: Sentence, text: string, target: Target, fact: string) => {
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
      if (clause.role === 'subordinate' || clause.role === 'embedded') continue;
      for (const target of targets(analysis, sentence, clause.predicate, view.entity?.id)) {
        const blanked = blankedText(sentence, clause.predicate, target);
        if (!acceptable(blanked)) continue;
        const text = statement(clause, view.subject, blanked);
        if (text) add(sentence, text, target, `${clause.id}|fill:${target.range.start}`);
      }
    }
    for (const sentence of standaloneSentences(analysis)) {
      const whole = { start: 0, end: sentence.tokens.length };
      for (const target of targets(analysis, sentence, whole)) {
        if (done.has(`${sentence.id}|${target.range.start}`) || target.range.start === 0) continue;
        const text = blankedText(sentence, whole, target);
        if (acceptable(text)) add(sentence, text, target, `${sentence.id}|fill:${target.range.start}`);
      }
    }
    return drafts;
  },
};
