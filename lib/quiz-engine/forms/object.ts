import { NAMING_VERBS } from '../lang/en/verbs';
import { invertedQuestion, lowerFirst } from '../realize';
import { attribution, clauseViews } from './clause-view';
import {
  inList,
  evidenceNaming,
  isModifier,
  paragraphLabel,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';
import { entityOptions } from './options';
import { whichWord } from './who';

/**
 * who / which / what of the object: the name a clause's verb takes ("What was New York City named in
 * 1626?" → New Amsterdam; "Which country did Moon Jae-in visit?"). The name must be the verb's own
 * object, right after it, not a modifier or a possessive.
 */
export const objectForm: QuestionForm = {
  name: 'who / which / what: the named object of a clause',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const view of clauseViews(analysis)) {
      const { clause, sentence, entity: subject } = view;
      if (
        clause.verb.negative ||
        clause.verb.copula ||
        clause.role === 'subordinate' ||
        clause.role === 'appositive'
      )
        continue;
      const t = sentence.tokens;
      const at =
        t[clause.predicate.start]?.lower === 'the'
          ? clause.predicate.start + 1
          : clause.predicate.start;
      const m = (analysis.names.bySentence.get(sentence.id) ?? []).find(
        (x) => x.start === at && !x.possessive,
      );
      if (!m || isModifier(sentence, m) || inList(sentence, m)) continue;
      const entity = analysis.names.byId.get(m.entityId);
      if (!entity || entity.id === subject?.id) continue;
      const naming = NAMING_VERBS.has(clause.verb.infinitive);
      const wh = naming ? 'What' : entity.kind === 'person' ? 'Who' : whichWord(entity);
      if (!wh) continue;
      const rest = view.rest([{ start: clause.predicate.start, end: m.end }], 22);
      if (rest === undefined) continue;
      const according = attribution(analysis, view);
      const asked = invertedQuestion(wh, clause, view.subject, rest);
      if (according === undefined || !asked || asked.split(/\s+/).length < 4) continue;
      const prompt = according ? `${according}${lowerFirst(asked)}` : asked;
      const distractors = entityOptions(analysis, entity, {
        exclude: new Set(subject ? [subject.id] : []),
        stem: prompt,
        salt: `${clause.id}:object`,
      });
      if (!distractors) continue;
      drafts.push({
        type: naming || wh === 'What' ? 'what' : entity.kind === 'person' ? 'who' : 'which',
        prompt,
        explanation: `${paragraphLabel(sentence.paragraph)}: ${view.statement([], 40) ?? prompt}.`,
        evidence: evidenceNaming(analysis, sentence, subject?.id),
        key: entity.name.replace(/^the\s+/i, ''),
        distractors,
        keyId: entity.id,
        about: [entity.id, ...(subject ? [subject.id] : [])],
        score: 3 + positionWeight(sentence) + (naming ? 0.4 : 0),
        fact: `${clause.id}|object`,
        shown: [],
        idParts: [clause.id, entity.name],
      });
    }
    return drafts;
  },
};
