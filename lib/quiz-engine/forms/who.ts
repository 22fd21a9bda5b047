import type { Analysis } from '../analysis';
import { SPEECH_VERBS, STANCE_VERBS } from '../lang/en/verbs';
import { WHICH_WORDS } from '../lang/en/questions';
import { subjectQuestion, textWithout } from '../realize';
import type { Clause } from '../stages/clauses';
import { AUTHOR, type Entity } from '../stages/names';
import { clauseViews, type ClauseView } from './clause-view';
import {
  contentWords,
  evidenceNaming,
  overlap,
  paragraphLabel,
  positionWeight,
  type Draft,
  type QuestionForm,
} from './kit';
import { entityOptions } from './options';

/** "Which party …", "Which country …": undefined when the kind has no natural question word. */
export function whichWord(entity: Entity): string | undefined {
  if (entity.kind === 'person') return 'Who';
  const words = WHICH_WORDS[entity.kind];
  return words[entity.subtype ?? ''] ?? words[''];
}

const byVerb = new WeakMap<Analysis, Map<string, Clause[]>>();

/** The article's clauses by the infinitive of their verb, in article order. */
function clausesByVerb(analysis: Analysis): Map<string, Clause[]> {
  let index = byVerb.get(analysis);
  if (!index) {
    index = new Map();
    for (const clause of analysis.clauses) {
      const list = index.get(clause.verb.infinitive);
      if (list) list.push(clause);
      else index.set(clause.verb.infinitive, [clause]);
    }
    byVerb.set(analysis, index);
  }
  return index;
}

/**
 * Others the article says did the same thing (same verb, mostly the same object): they would be
 * second correct answers, so they are never wrong options.
 */
export function alsoTrueOf(analysis: Analysis, view: ClauseView): Set<string> {
  const out = new Set<string>();
  const mine = contentWords(textWithout(view.sentence, view.clause.predicate));
  for (const other of clausesByVerb(analysis).get(view.clause.verb.infinitive) ?? []) {
    if (!other.subjectEntity) continue;
    if (other.subjectEntity === view.entity?.id) continue;
    const theirs = contentWords(textWithout(other.sentence, other.predicate));
    if (overlap(mine, theirs) >= 0.4) out.add(other.subjectEntity);
  }
  return out;
}

/**
 * who / which: the subject of a clause, asked from its predicate ("Who suggested a referendum
 * concerning THAAD deployment?" → Ahn Cheol-soo; "Which party is the ruling party?"). Clauses
 * that only report speech are left to the quote form; a predicate that needs its sentence is not asked.
 */
export const whoForm: QuestionForm = {
  name: 'who / which: the actor of a clause',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const view of clauseViews(analysis)) {
      const { clause, entity, sentence } = view;
      if (
        !entity ||
        entity.id === AUTHOR.id ||
        clause.plural ||
        clause.verb.negative ||
        clause.role === 'embedded' ||
        clause.role === 'subordinate'
      )
        continue;
      if (clause.verb.modal && clause.verb.tense !== 'past') continue;
      // "Beijing denounced THAAD": a capital standing for its government.
      const government = (analysis.names.bySentence.get(sentence.id) ?? []).some(
        (m) =>
          m.entityId === entity.id &&
          m.government &&
          m.start >= clause.subject.start &&
          m.end <= clause.subject.end,
      );
      // "Chengdu, the provincial capital": an appositive must say of what ("of Sichuan") or name something.
      if (clause.role === 'appositive') {
        const named = (analysis.names.bySentence.get(sentence.id) ?? []).some(
          (m) => m.start >= clause.predicate.start && m.end <= clause.predicate.end,
        );
        if (
          !named &&
          !sentence.tokens
            .slice(clause.predicate.start, clause.predicate.end)
            .some((w) => w.lower === 'of')
        )
          continue;
      }
      // "France were 17-6 down", "Wales have won the title": a singular place with a plural verb is
      // a team, and "Which country were …" is no question.
      const finite = (
        clause.verb.auxiliary[0] ??
        sentence.tokens[clause.verb.head]?.text ??
        ''
      ).toLowerCase();
      if (entity.kind === 'place' && /^(?:were|are|have|do)$/.test(finite)) continue;
      const wh = government ? 'Which government' : whichWord(entity);
      // "Which place" beside boroughs of the city it is: places of unknown level make no fair options.
      if (!wh || (entity.kind === 'place' && !entity.subtype && !government)) continue;
      // "In 2009, the UK was the largest producer": the question would lose the date.
      if (
        clause.role === 'main' &&
        sentence.dates.some((d) => d.end <= clause.subject.start && !d.relative)
      )
        continue;
      const rest = view.rest([], 22);
      if (!rest || (/["“”]/.test(rest) && SPEECH_VERBS.has(clause.verb.infinitive))) continue;
      // Present-tense agreement follows the question word: "Who supports …", never "Who support …".
      if (
        clause.verb.tense === 'present' &&
        !clause.verb.copula &&
        clause.verb.auxiliary.length === 0 &&
        !/s$/.test(sentence.tokens[clause.verb.head]!.lower)
      )
        continue;
      // "Which organization is the organisation behind CES?": a predicate that only names the
      // kind the question word already asks for says nothing to answer from.
      const kind = wh
        .split(/\s+/)[1]
        ?.toLowerCase()
        .replace(/s$/, '')
        .replace('organization', 'organisation');
      const head = /^(?:the|a|an)\s+(\p{L}+)/iu
        .exec(rest)?.[1]
        ?.toLowerCase()
        .replace(/s$/, '')
        .replace('organization', 'organisation');
      if (clause.verb.copula && kind && head === kind) continue;
      const prompt = subjectQuestion(wh, clause, rest);
      // "Who is in prison?", "Who was an insider?": a short question naming nothing asks too little.
      const length = prompt?.split(/\s+/).length ?? 0;
      if (!prompt || length < 4 || (length < 6 && specificity(analysis, clause) === 0)) continue;
      const exclude = alsoTrueOf(analysis, view);
      const distractors = entityOptions(analysis, entity, {
        exclude,
        stem: prompt,
        salt: clause.id,
      });
      if (!distractors) continue;
      const stance = STANCE_VERBS.has(clause.verb.infinitive) ? 0.6 : 0;
      // What someone is ("the 2017 nominee of the People's Party") is a side fact beside what they did.
      const definitional =
        clause.role === 'appositive'
          ? 0
          : clause.verb.copula || clause.role === 'relative'
            ? 0.2
            : 0;
      drafts.push({
        type: entity.kind === 'person' ? 'who' : 'which',
        prompt,
        explanation: `${paragraphLabel(sentence.paragraph)}: ${view.statement([], 40) ?? prompt}.`,
        evidence: evidenceNaming(analysis, sentence, entity.id, {
          writesName: entity.kind === 'person',
        }),
        key: entity.name.replace(/^the\s+/i, ''),
        distractors,
        keyId: entity.id,
        about: [entity.id],
        score: 3 + stance + definitional + positionWeight(sentence) + specificity(analysis, clause),
        fact: clause.id,
        shown: [],
        idParts: [clause.id, rest],
      });
    }
    return drafts;
  },
};

/** A claim naming things ("a referendum concerning THAAD deployment") is worth more than a vague one. */
export function specificity(analysis: Analysis, clause: ClauseView['clause']): number {
  const named = (analysis.names.bySentence.get(clause.sentence.id) ?? []).filter(
    (m) => m.start >= clause.predicate.start && m.end <= clause.predicate.end,
  ).length;
  const figures = clause.sentence.numbers.filter(
    (n) => n.start >= clause.predicate.start && n.end <= clause.predicate.end,
  ).length;
  return Math.min(0.3, 0.1 * (named + figures));
}
