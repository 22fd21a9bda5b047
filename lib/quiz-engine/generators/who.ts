import type { Fact } from '../analyze';
import type { Entity } from '../entities';
import {
  arrange,
  corePredicate,
  cueOf,
  evidenceNaming,
  evidenceOf,
  hasUnresolvedReference,
  mentionsEntity,
  paragraphLabel,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import { CAPITALS, STANCE_VERBS } from '../lexicon';
import { verbForms } from '../verbs';
import { actorDistractors, alsoTrueOf, optionName } from './distractors';

/** Verbs that state a position most plainly; their who-questions rank first. */
const STRONG = new Set([
  'propose',
  'suggest',
  'oppose',
  'support',
  'denounce',
  'pledge',
  'vow',
  'promise',
  'demand',
  'reject',
  'urge',
]);

const SKIP_LEMMAS = new Set([
  'be',
  'have',
  'need',
  'like',
  'mean',
  'look',
  'seem',
  'become',
  'remain',
  'include',
  'consist',
  'contain',
]);

/** "support a hard line" → "supports a hard line": a who-question takes a singular verb. */
export function singularPredicate(fact: Fact, core: string): string {
  if (!fact.plural || fact.verb.tense !== 'present') return core;
  const [first, ...rest] = core.split(' ');
  if (!first) return core;
  const lower = first.toLowerCase();
  const fixed: Record<string, string> = {
    are: 'is',
    have: 'has',
    do: 'does',
    were: 'was',
    "aren't": "isn't",
    "don't": "doesn't",
  };
  if (fixed[lower]) return [fixed[lower], ...rest].join(' ');
  if (lower === fact.verb.text.toLowerCase()) {
    const forms = verbForms(first);
    if (forms) return [forms.present, ...rest].join(' ');
  }
  return core;
}

/** The question word for an actor: "Who" for people and groups, "Which party/country/government" otherwise. */
export function actorQuestionWord(entity: Entity, asCapital: boolean): string | undefined {
  if (entity.kind === 'person' || entity.kind === 'group') return 'Who';
  if (entity.kind === 'place')
    return asCapital
      ? 'Which government'
      : entity.subtype === 'country'
        ? 'Which country'
        : undefined;
  if (entity.kind === 'organization') {
    if (entity.subtype === 'party') return 'Which party';
    if (entity.subtype === 'newspaper') return 'Which newspaper';
    return 'Which organisation';
  }
  return undefined;
}

/** who: "Who suggested a referendum concerning THAAD deployment?" from a clause with a named actor. */
export function whoQuestions({ analysis: ctx, random }: GeneratorContext): Candidate[] {
  const out: Candidate[] = [];
  out.push(...partyRoleQuestions(ctx, random));
  for (const fact of ctx.facts) {
    const whose = whoseQuestion(ctx, fact, random);
    if (whose) out.push(whose);
    if (
      !fact.subjectId ||
      fact.compound === 'pair' ||
      fact.verb.negated ||
      fact.verb.passive ||
      (fact.verb.copula && !fact.appositive)
    )
      continue;
    if (
      fact.quoteId ||
      (SKIP_LEMMAS.has(fact.verb.lemma) && !fact.appositive) ||
      fact.verb.tense === 'modal'
    )
      continue;
    const entity = ctx.entityById.get(fact.subjectId);
    if (!entity) continue;
    const sentence = ctx.sentenceById.get(fact.sentenceId)!;
    // "Beijing denounced …": a capital standing for its government is asked as a government.
    const asCapital = entity.kind === 'place' && !fact.compound && fact.subjectText in CAPITALS;
    const word = actorQuestionWord(entity, asCapital);
    if (!word) continue;
    const core = corePredicate(fact, { dropDates: true, maxWords: 28, acronyms: ctx.acronyms });
    if (!core) continue;
    const predicate = singularPredicate(fact, core).replace(/^also\s+/i, '');
    const prompt = `${word} ${predicate}?`;
    if (mentionsEntity(prompt, entity)) continue;
    if (
      hasUnresolvedReference(predicate, {
        allowPersonPronoun: entity.kind === 'person',
        allowPlural: entity.kind === 'group' || fact.compound === 'own-group',
        allowIts: entity.kind === 'place' || entity.kind === 'organization',
      })
    )
      continue;
    const also = alsoTrueOf(ctx, fact, core);
    const distractors = actorDistractors(ctx, entity, { asCapital, exclude: also, stem: prompt });
    if (distractors.length < 2) continue;
    const answer = asCapital ? fact.subjectText : optionName(entity);
    const stance = STANCE_VERBS.has(fact.verb.lemma);
    const said = fact.subjectPronoun
      ? `${paragraphLabel(sentence.paragraph)} says "${fact.subjectText} ${fact.predicate}"; "${fact.subjectText}" there is ${optionName(entity)}, named just before.`
      : `${paragraphLabel(sentence.paragraph)} says ${fact.subjectName} "${core}".`;
    out.push({
      type: 'who',
      question: {
        id: '',
        type: 'who',
        prompt,
        choices: arrange(answer, distractors, random),
        answer,
        explanation: said,
        evidence: evidenceNaming(ctx, [fact.sentenceId], entity.id),
      },
      idParts: [fact.sentenceId, entity.id, fact.verb.lemma, core],
      keys: [entity.name, ...entity.aliases],
      visible: prompt,
      sentenceIds: [fact.sentenceId],
      shownSentenceIds: [fact.sentenceId],
      paragraphs: [sentence.paragraph],
      cue: cueOf(predicate),
      score:
        3 +
        (stance ? 1.5 : 0) +
        (STRONG.has(fact.verb.lemma) ? 0.6 : 0) +
        Math.min(1.5, Math.log2(1 + entity.mentions.length) / 2) -
        (predicate.split(' ').length > 22 ? 0.8 : 0),
      entityIds: [entity.id],
      dedupeKey: `who|${fact.id}`,
    });
  }
  return out;
}

const WHOSE =
  /^the (government|administration|cabinet|party|army|regime|ministry) of (?:(?:Gen|Gen\.|General|President|Prime Minister|Chancellor|King|Queen)\s+)?(.+)$|^the (.+?) (administration|government|regime|cabinet)$/i;

/**
 * "The government of Gen. Pervez Musharraf raised …", "The Roh administration viewed …" →
 * "Whose government raised …?" with the person as the answer.
 */
function whoseQuestion(
  ctx: GeneratorContext['analysis'],
  fact: Fact,
  random: GeneratorContext['random'],
): Candidate | undefined {
  if (
    fact.subjectId ||
    fact.verb.negated ||
    fact.verb.copula ||
    fact.quoteId ||
    fact.verb.tense === 'modal'
  )
    return undefined;
  const m = WHOSE.exec(fact.subjectName);
  if (!m) return undefined;
  const noun = (m[1] ?? m[4] ?? '').toLowerCase();
  const name = (m[2] ?? m[3] ?? '').trim();
  const person = ctx.entities.find(
    (e) => e.kind === 'person' && (e.name === name || e.aliases.includes(name)),
  );
  if (!person) return undefined;
  const core = corePredicate(fact, { dropDates: true, maxWords: 24, acronyms: ctx.acronyms });
  if (!core || hasUnresolvedReference(core, { allowIts: true })) return undefined;
  const prompt = `Whose ${noun} ${singularPredicate(fact, core)}?`;
  if (mentionsEntity(prompt, person)) return undefined;
  const distractors = actorDistractors(ctx, person, { stem: prompt });
  if (distractors.length < 2) return undefined;
  const answer = optionName(person);
  const sentence = ctx.sentenceById.get(fact.sentenceId)!;
  return {
    type: 'who',
    question: {
      id: '',
      type: 'who',
      prompt,
      choices: arrange(answer, distractors, random),
      answer,
      explanation: `${paragraphLabel(sentence.paragraph)} says ${fact.subjectName} "${core}".`,
      evidence: [evidenceOf(ctx, fact.sentenceId)],
    },
    idParts: [fact.sentenceId, person.id, 'whose', core],
    keys: [person.name, ...person.aliases],
    cue: cueOf(core),
    visible: prompt,
    sentenceIds: [fact.sentenceId],
    shownSentenceIds: [fact.sentenceId],
    paragraphs: [sentence.paragraph],
    score: 4.6,
    entityIds: [person.id],
    dedupeKey: `who|${fact.id}|whose`,
  };
}

const PARTY_ROLE = /\b(ruling|governing|main opposition)\s+$/i;

/**
 * "The ruling Saenuri Party, President Park Geun-hye …" → "Which party does the article call the
 * ruling party?" Only when the article gives that role to exactly one party, and only with other
 * parties as options.
 */
function partyRoleQuestions(
  ctx: GeneratorContext['analysis'],
  random: GeneratorContext['random'],
): Candidate[] {
  const byRole = new Map<string, Array<{ entity: Entity; sentenceId: string }>>();
  for (const entity of ctx.entities) {
    if (entity.kind !== 'organization' || entity.subtype !== 'party') continue;
    for (const m of entity.mentions) {
      const sentence = ctx.sentenceById.get(m.sentenceId);
      if (!sentence || ctx.quotedSentenceIds.has(sentence.id)) continue;
      const role = PARTY_ROLE.exec(sentence.text.slice(0, m.start - sentence.start))?.[1];
      if (!role) continue;
      const key = role.toLowerCase();
      byRole.set(key, [...(byRole.get(key) ?? []), { entity, sentenceId: m.sentenceId }]);
    }
  }
  const out: Candidate[] = [];
  for (const [role, found] of byRole) {
    const [first] = found;
    if (!first || found.some((f) => f.entity.id !== first.entity.id)) continue;
    const { entity, sentenceId } = first;
    const prompt = `Which party does the article call the ${role} party?`;
    const distractors = actorDistractors(ctx, entity, { stem: prompt }).filter((name) =>
      ctx.entities.some(
        (e) => e.subtype === 'party' && (e.name === name || e.aliases.includes(name)),
      ),
    );
    if (distractors.length < 2) continue;
    const answer = optionName(entity);
    const sentence = ctx.sentenceById.get(sentenceId)!;
    out.push({
      type: 'who',
      question: {
        id: '',
        type: 'who',
        prompt,
        choices: arrange(answer, distractors, random),
        answer,
        explanation: `${paragraphLabel(sentence.paragraph)} names the ${role} ${entity.name}.`,
        evidence: [evidenceOf(ctx, sentenceId)],
      },
      idParts: [sentenceId, entity.id, 'party-role', role],
      keys: [entity.name, ...entity.aliases],
      cue: cueOf(`${role} party`),
      visible: prompt,
      sentenceIds: [sentenceId],
      shownSentenceIds: [sentenceId],
      paragraphs: [sentence.paragraph],
      score: 3.2,
      entityIds: [entity.id],
      dedupeKey: `who|${sentenceId}|${entity.id}|${role}`,
    });
  }
  return out;
}
