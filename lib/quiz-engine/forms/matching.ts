import { STANCE_VERBS } from '../lang/en/verbs';
import { AUTHOR } from '../stages/names';
import { statement } from '../realize';
import { clauseViews, type ClauseView } from './clause-view';
import { contentWords, overlap, type Draft, type QuestionForm } from './kit';

/**
 * matching: actors and the positions the article gives them ("called for parliamentary approval",
 * "supports a hard line …"). One position per actor, from a stance verb; positions that could be
 * said of two actors are left out.
 */
export const matchingForm: QuestionForm = {
  name: 'matching: actors and their positions',
  make(analysis) {
    const byActor = new Map<string, ClauseView[]>();
    for (const view of clauseViews(analysis)) {
      const entity = view.entity;
      if (
        !entity ||
        entity.id === AUTHOR.id ||
        (entity.kind !== 'person' && entity.kind !== 'organization' && entity.kind !== 'place')
      )
        continue;
      if (
        !STANCE_VERBS.has(view.clause.verb.infinitive) ||
        view.clause.role === 'embedded' ||
        view.clause.role === 'subordinate'
      )
        continue;
      const rest = view.rest([], 12);
      if (!rest || rest.split(/\s+/).length < 2) continue;
      const list = byActor.get(entity.id) ?? [];
      list.push(view);
      byActor.set(entity.id, list);
    }
    const actors = [...byActor.entries()]
      .map(([id, views]) => ({ id, view: views[0]! }))
      .sort((a, b) => (analysis.salience.get(b.id) ?? 0) - (analysis.salience.get(a.id) ?? 0))
      .slice(0, 4);
    if (actors.length < 3) return [];
    const positions = actors.map((a) => {
      const parts = a.view.rest([], 12)!;
      const said = statement(a.view.clause, 'x', parts)!.slice(1).trim();
      return said;
    });
    // Positions must not be alike, or one actor could defensibly take another's.
    for (let i = 0; i < positions.length; i++)
      for (let j = i + 1; j < positions.length; j++)
        if (overlap(contentWords(positions[i]!), contentWords(positions[j]!)) >= 0.5) return [];
    const names = actors.map((a) => analysis.names.byId.get(a.id)!.name);
    const choices = [...positions].sort();
    return [
      {
        type: 'matching',
        prompt: 'Match each actor with the position the article gives them.',
        explanation: names.map((n, i) => `${n}: ${positions[i]}`).join('; ') + '.',
        evidence: [...new Set(actors.map((a) => a.view.sentence.id))].sort(
          (a, b) =>
            analysis.doc.sentenceById.get(a)!.index - analysis.doc.sentenceById.get(b)!.index,
        ),
        items: names,
        choices,
        pairs: positions,
        keyId: 'matching',
        about: actors.map((a) => a.id),
        score: 3.3,
        fact: 'matching',
        shown: actors.map((a) => a.view.sentence.id),
        idParts: names,
      } satisfies Draft,
    ];
  },
};
