import type { Analysis } from '../analysis';
import { hasTag } from '../nlp/spans';
import { capitalize, invertedQuestion, textWithout, wordCount } from '../realize';
import { clauseViews, type ClauseView } from './clause-view';
import {
  evidenceNaming,
  isWhole,
  needsContext,
  paragraphLabel,
  pickVaried,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';

interface Definition {
  view: ClauseView;
  /** "the upper legislative chamber of the bicameral legislature of Pakistan" */
  genus: string;
}

/** "X is a/an/the Y …": the clauses that say what something is. */
function definitions(analysis: Analysis): Definition[] {
  const out: Definition[] = [];
  for (const view of clauseViews(analysis)) {
    const { clause, sentence } = view;
    if (!clause.verb.copula || clause.verb.negative || clause.verb.modal) continue;
    if (clause.role !== 'main' && clause.role !== 'relative' && clause.role !== 'appositive')
      continue;
    const first = sentence.tokens[clause.predicate.start];
    if (!first || !/^(?:a|an|the)$/.test(first.lower)) continue;
    // The genus noun phrase: up to a comma or a clause of its own.
    let end = clause.predicate.start + 1;
    while (
      end < clause.predicate.end &&
      !/[,;:(]/.test(
        sentence.text.slice(
          sentence.tokens[end - 1]!.end - sentence.start,
          sentence.tokens[end]!.start - sentence.start,
        ),
      ) &&
      !hasTag(sentence.tokens[end], 'QuestionWord') &&
      !/^(?:which|who|that|and)$/.test(sentence.tokens[end]!.lower)
    )
      end++;
    const genus = textWithout(sentence, { start: clause.predicate.start, end });
    const words = wordCount(genus);
    if (words < 3 || words > 16 || !isWhole(genus) || needsContext(genus)) continue;
    if (
      !sentence.tokens
        .slice(clause.predicate.start, end)
        .some((t) => hasTag(t, 'Noun') && !hasTag(t, 'Pronoun', 'Determiner'))
    )
      continue;
    out.push({ view, genus });
  }
  return out;
}

/**
 * what: what the article says something is ("What is the Senate of Pakistan?" → "the upper
 * legislative chamber of …"). The wrong options are what the article says other things are, so
 * each is a real description, just not of this.
 */
export const whatForm: QuestionForm = {
  name: 'what: a definition the article states',
  make(analysis) {
    const defs = definitions(analysis);
    const drafts: Draft[] = [];
    for (const def of defs) {
      const { view, genus } = def;
      const { clause, sentence, entity } = view;
      if (!entity) continue;
      // What the article says other things of the same kind are: countries beside a country, laws beside a law.
      const sameKind = (d: Definition) =>
        !!entity &&
        !!d.view.entity &&
        d.view.entity.kind === entity.kind &&
        (d.view.entity.subtype ?? '') === (entity.subtype ?? '');
      const others = defs
        .filter(
          (d) =>
            d !== def &&
            sameKind(d) &&
            d.view.subject.toLowerCase() !== view.subject.toLowerCase() &&
            d.genus.toLowerCase() !== genus.toLowerCase(),
        )
        .filter(
          (d) => !d.genus.toLowerCase().includes(view.subject.toLowerCase().replace(/^the\s+/, '')),
        )
        .map((d) => d.genus);
      const distinct = [...new Set(others)].sort(
        (a, b) =>
          Math.abs(wordCount(a) - wordCount(genus)) - Math.abs(wordCount(b) - wordCount(genus)),
      );
      const distractors = pickVaried(distinct, 3, clause.id);
      if (distractors.length < 2) continue;
      const prompt = invertedQuestion('What', clause, view.subject, '');
      if (!prompt) continue;
      drafts.push({
        type: 'what',
        prompt,
        explanation: `${paragraphLabel(sentence.paragraph)}: ${capitalize(view.subject)} ${clause.role === 'appositive' ? (clause.verb.tense === 'past' ? 'was' : 'is') : sentence.tokens[clause.verb.head]!.text} ${genus}.`,
        evidence: evidenceNaming(analysis, sentence, entity?.id),
        key: genus,
        distractors,
        keyId: `def:${genus.toLowerCase()}`,
        about: entity ? [entity.id] : [],
        score: 3.4 + positionWeight(sentence) + (analysis.topic.has(entity?.id ?? '') ? 0.6 : 0),
        fact: `${clause.id}|def`,
        shown: [],
        idParts: [clause.id, genus],
      });
    }
    return drafts;
  },
};
