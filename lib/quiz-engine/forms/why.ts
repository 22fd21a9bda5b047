import type { Analysis } from '../analysis';
import { capitalize, invertedQuestion, lowerFirst, textWithout, wordCount } from '../realize';
import type { Clause } from '../stages/clauses';
import { clauseViews, type ClauseView } from './clause-view';
import {
  evidenceNaming,
  isWhole,
  paragraphLabel,
  pickVaried,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';

interface Cause {
  view: ClauseView;
  /** "Because it was reached at a time when …" */
  reason: string;
}

/** A clause and the "because …" clause that gives its reason. */
function causes(analysis: Analysis): Cause[] {
  const out: Cause[] = [];
  for (const view of clauseViews(analysis)) {
    const clauses = analysis.clausesBySentence.get(view.sentence.id) ?? [];
    const index = clauses.indexOf(view.clause);
    const reason = clauses.find(
      (c: Clause) => c.relation === 'cause' && c.subordinator === 'because' && c.parent === index,
    );
    if (!reason) continue;
    const from = reason.subject.start - 1;
    const end = Math.max(
      reason.predicate.end,
      ...clauses.filter((c) => c.parent === clauses.indexOf(reason)).map((c) => c.predicate.end),
    );
    const text = textWithout(view.sentence, { start: from, end });
    if (wordCount(text) < 4 || wordCount(text) > 28 || !isWhole(text)) continue;
    out.push({ view, reason: capitalize(text) });
  }
  return out;
}

/**
 * why: the reason a clause gives with "because" ("Why did Moon Jae-in say the agreement … has to
 * be re-negotiated?"). The wrong options are the reasons the article gives for other things.
 */
export const whyForm: QuestionForm = {
  name: 'why: the reason a "because" clause gives',
  make(analysis) {
    const all = causes(analysis);
    const drafts: Draft[] = [];
    for (const cause of all) {
      const { view, reason } = cause;
      const { clause, sentence, entity } = view;
      if (clause.verb.negative) continue;
      const rest = view.rest([], 22);
      if (rest === undefined) continue;
      const prompt = invertedQuestion('Why', clause, view.subject, rest);
      if (!prompt) continue;
      const distractors = pickVaried(
        all.filter((c) => c !== cause && c.view.sentence !== sentence).map((c) => c.reason),
        3,
        clause.id,
      );
      if (distractors.length < 2) continue;
      drafts.push({
        type: 'why',
        prompt,
        explanation:
          `${paragraphLabel(sentence.paragraph)}: ${view.statement([], 40) ?? ''} ${lowerFirst(reason)}.`.replace(
            /\s+/g,
            ' ',
          ),
        evidence: evidenceNaming(analysis, sentence, entity?.id),
        key: reason,
        distractors,
        keyId: `why:${clause.id}`,
        about: entity ? [entity.id] : [],
        score: 3.5 + positionWeight(sentence),
        fact: `${clause.id}|why`,
        shown: [],
        idParts: [clause.id, 'why'],
      });
    }
    return drafts;
  },
};
