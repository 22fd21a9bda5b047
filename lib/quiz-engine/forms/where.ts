import { invertedQuestion, lowerFirst } from '../realize';
import { attribution, clauseViews } from './clause-view';
import {
  inList,
  evidenceNaming,
  paragraphLabel,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';
import { entityOptions } from './options';

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout']);

/**
 * where: the place a clause happens in, written as "in/at/near <place>" ("Where did gunmen attack
 * the Bardo National Museum?" → Tunis). The place must be a place the article names, and the
 * clause must not be about the place itself.
 */
export const whereForm: QuestionForm = {
  name: 'where: the place of a clause',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const view of clauseViews(analysis)) {
      const { clause, sentence, entity } = view;
      if (clause.verb.negative || clause.role === 'subordinate' || clause.verb.copula) continue;
      const mentions = (analysis.names.bySentence.get(sentence.id) ?? []).filter(
        (m) => m.start > clause.predicate.start && m.end <= clause.predicate.end && !m.possessive,
      );
      for (const m of mentions) {
        const place = analysis.names.byId.get(m.entityId);
        // Options must be places of one level (countries, or cities): "North America" beside "the White House" is not wrong.
        if (!place || place.kind !== 'place' || !place.subtype || place.id === entity?.id) continue;
        let from = m.start - 1;
        if (sentence.tokens[from]?.lower === 'the') from--;
        const preposition = sentence.tokens[from]?.lower ?? '';
        if (!LOCATIVE.has(preposition) || inList(sentence, m)) continue;
        // "in the South Korea alliance": the place must end its phrase.
        const next = sentence.tokens[m.end];
        if (
          next &&
          /^\p{Ll}/u.test(next.text) &&
          next.tags.has('Noun') &&
          !next.tags.has('Adverb') &&
          !next.tags.has('Date')
        )
          continue;
        // "Where will Brown visit an orphanage in Tanzania and … in Cape Town?": with another place
        // left in the stem, "where" has more than one answer.
        const otherPlace = mentions.some(
          (o) => o !== m && analysis.names.byId.get(o.entityId)?.kind === 'place',
        );
        if (otherPlace) continue;
        const rest = view.rest([{ start: from, end: m.end }], 22);
        if (rest === undefined) continue;
        const according = attribution(analysis, view);
        const asked = invertedQuestion('Where', clause, view.subject, rest);
        if (according === undefined || !asked || asked.split(/\s+/).length < 4) continue;
        const prompt = according ? `${according}${lowerFirst(asked)}` : asked;
        const distractors = entityOptions(analysis, place, { stem: prompt, salt: clause.id });
        if (!distractors) continue;
        drafts.push({
          type: 'where',
          prompt,
          explanation: `${paragraphLabel(sentence.paragraph)}: ${view.statement([], 40) ?? prompt}.`,
          evidence: evidenceNaming(analysis, sentence, entity?.id),
          key: place.name,
          distractors,
          keyId: place.id,
          about: [place.id, ...(entity ? [entity.id] : [])],
          score: 3 + positionWeight(sentence),
          fact: `${clause.id}|where:${m.start}`,
          shown: [],
          idParts: [clause.id, place.name],
        });
      }
    }
    return drafts;
  },
};
