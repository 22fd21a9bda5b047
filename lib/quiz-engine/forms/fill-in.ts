import type { Analysis } from '../analysis';
import type { TokenRange } from '../nlp/document';
import { gapBefore } from '../nlp/spans';
import { statement, textWithout, wordCount } from '../realize';
import type { Entity, Mention } from '../stages/names';
import { clauseViews } from './clause-view';
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
function inList(analysis: Analysis, sentenceId: string, m: Mention): boolean {
  const sentence = analysis.doc.sentenceById.get(sentenceId)!;
  const others = (analysis.names.bySentence.get(sentenceId) ?? []).filter((o) => o !== m);
  const near = (o: Mention) => o.end === m.start - 1 || o.start === m.end + 1 || o.end === m.start || o.start === m.end;
  const joiner = (i: number) => /^(?:and|or|,)$/.test(sentence.tokens[i]?.lower ?? '') || /,/.test(gapBefore(sentence, i));
  return others.some((o) => near(o) && (joiner(m.start - 1) || joiner(m.end) || joiner(m.start) || joiner(m.end + 1)));
}

/**
 * fill-in: one name blanked in a clause restated on its own (not the whole sentence copied): a
 * person, an organisation, a named thing, or a place the article is about. Never the article's own
 * topic, one member of a list, or part of a name.
 */
export const fillInForm: QuestionForm = {
  name: 'fill-in: a key name blanked in a clause',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const view of clauseViews(analysis)) {
      const { clause, sentence } = view;
      if (clause.role === 'subordinate' || clause.role === 'embedded') continue;
      const mentions = (analysis.names.bySentence.get(sentence.id) ?? []).filter(
        (m) => m.start >= clause.predicate.start && m.end <= clause.predicate.end,
      );
      for (const m of mentions) {
        const entity = analysis.names.byId.get(m.entityId);
        if (!entity || analysis.topic.has(entity.id) || entity.id === view.entity?.id) continue;
        const salience = analysis.salience.get(entity.id) ?? 0;
        if (entity.kind === 'place' && salience < 3) continue;
        if (entity.kind === 'thing' && !entity.subtype && !entity.aliases.some((a) => /^\p{Lu}{2,}$/u.test(a))) continue;
        if (inList(analysis, sentence.id, m) || isModifier(sentence, m)) continue;
        // The blank takes the whole name, with "the" before it when the article writes one.
        const range: TokenRange = { start: m.start, end: m.end };
        const before = textWithout(sentence, { start: clause.predicate.start, end: range.start });
        const after = textWithout(sentence, { start: range.end, end: clause.predicate.end });
        const possessive = m.possessive ? '’s' : '';
        const blanked = [before, `${BLANK}${possessive}`, after].filter(Boolean).join(' ').replace(/\s+([,.;:])/g, '$1');
        if (wordCount(blanked) > 26 || !isWhole(blanked.replace(BLANK, 'X'))) continue;
        if (needsContext(blanked.replace(BLANK, 'X'), new Set(['his', 'her', 'its', 'their']))) continue;
        const text = statement(clause, view.subject, blanked);
        if (!text) continue;
        drafts.push({
          type: 'fill-in',
          prompt: `Fill in the blank: ${text}.`,
          explanation: `${paragraphLabel(sentence.paragraph)}: ${text.replace(BLANK, m.text)}.`,
          evidence: [sentence.id],
          key: m.text,
          accepted: acceptedFor(entity, m.text),
          keyId: entity.id,
          about: [entity.id],
          score: 2.5 + positionWeight(sentence) + Math.min(0.6, salience / 10),
          fact: `${clause.id}|fill:${m.start}`,
          shown: [],
          idParts: [clause.id, m.text],
        });
      }
    }
    return drafts;
  },
};
