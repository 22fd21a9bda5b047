import {
  capitalize,
  contentWords,
  corePredicate,
  evidenceNaming,
  uniqueEvidence,
  hasUnresolvedReference,
  mentionsEntity,
  paragraphLabel,
  sameClaim,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import { shuffled } from '../random';
import type { Fact } from '../analyze';

const POSITION_VERBS = new Set([
  'support',
  'oppose',
  'call',
  'suggest',
  'propose',
  'want',
  'hope',
  'vow',
  'pledge',
  'promise',
  'denounce',
  'advise',
  'demand',
  'urge',
  'reject',
  'approve',
  'criticize',
  'criticise',
  'condemn',
  'champion',
  'advocate',
  'favour',
  'favor',
  'seek',
  'insist',
  'warn',
  'argue',
  'endorse',
  'back',
  'retaliate',
  'refuse',
  'agree',
]);

interface Position {
  actorId: string;
  actor: string;
  position: string;
  fact: Fact;
}

/**
 * matching: actors to the positions the article gives them. One position per actor; a position is
 * left out when the text gives it to another actor in the same set too (it would fit both).
 */
export function matchingQuestions({ analysis: ctx, random }: GeneratorContext): Candidate[] {
  const byActor = new Map<string, Position>();
  for (const fact of ctx.facts) {
    if (
      !fact.subjectId ||
      fact.verb.negated ||
      fact.quoteId ||
      fact.compound === 'pair' ||
      !POSITION_VERBS.has(fact.verb.lemma)
    )
      continue;
    if (fact.verb.tense !== 'past' && fact.verb.tense !== 'present') continue;
    const entity = ctx.entityById.get(fact.subjectId);
    if (!entity || !['person', 'organization', 'place', 'group'].includes(entity.kind)) continue;
    const core = corePredicate(fact, { dropDates: true, maxWords: 14, acronyms: ctx.acronyms });
    if (!core || /["“”]/.test(core) || mentionsEntity(core, entity)) continue;
    if (hasUnresolvedReference(core) || /\b(?:his|her|its|their)\b/i.test(core)) continue;
    if (byActor.has(entity.id)) continue;
    const actor = capitalize(
      fact.subjectName.replace(/^the /i, entity.kind === 'group' ? 'the ' : ''),
    );
    byActor.set(entity.id, { actorId: entity.id, actor, position: core, fact });
  }
  const positions = [...byActor.values()].sort(
    (a, b) =>
      (ctx.sentenceById.get(a.fact.sentenceId)?.index ?? 0) -
      (ctx.sentenceById.get(b.fact.sentenceId)?.index ?? 0),
  );
  const out: Candidate[] = [];
  const remaining = [...positions];
  while (remaining.length >= 3) {
    const set: Position[] = [];
    for (const p of [...remaining]) {
      if (set.length >= 5) break;
      // The position must not also be true of someone already in the set, nor theirs of this one.
      // Two positions about the same thing ("rejected the carbon tax", "opposed the carbon tax")
      // would fit either actor in a student's eyes: only one of them goes in a set.
      const clash = set.some(
        (q) =>
          fits(ctx, q.actorId, p) || fits(ctx, p.actorId, q) || sameObject(q.position, p.position),
      );
      if (clash || set.some((q) => q.position === p.position)) continue;
      set.push(p);
      remaining.splice(remaining.indexOf(p), 1);
    }
    if (set.length < 3) break;
    const items = set.map((p) => p.actor);
    const answer = set.map((p) => p.position);
    const choices = shuffled(answer, random);
    const sentenceIds = set.map((p) => p.fact.sentenceId);
    out.push({
      type: 'matching',
      question: {
        id: '',
        type: 'matching',
        prompt: 'Match each actor with the position the article gives them.',
        items,
        choices,
        answer,
        explanation:
          set
            .map((p) => `${paragraphLabel(p.fact.paragraph)}: ${p.actor} ${p.position}`)
            .join('; ') + '.',
        evidence: uniqueEvidence(
          set.flatMap((p) => evidenceNaming(ctx, [p.fact.sentenceId], p.actorId)),
        ),
      },
      idParts: set.map((p) => `${p.actorId}@${p.fact.sentenceId}`),
      keys: [],
      visible: `${items.join(' ')} ${choices.join(' ')}`,
      sentenceIds,
      shownSentenceIds: sentenceIds,
      paragraphs: [...new Set(set.map((p) => p.fact.paragraph))],
      score: 4 + set.length * 0.2,
      entityIds: set.map((p) => p.actorId),
      dedupeKey: `matching|${sentenceIds.join(',')}`,
    });
  }
  return out;
}

function fits(ctx: GeneratorContext['analysis'], actorId: string, position: Position): boolean {
  return ctx.facts.some(
    (f) =>
      f.subjectId === actorId &&
      f.verb.lemma === position.fact.verb.lemma &&
      sameClaim(position.position, f.predicate),
  );
}

function sameObject(a: string, b: string): boolean {
  const x = contentWords(a.replace(/^\S+\s+/, ''));
  const y = contentWords(b.replace(/^\S+\s+/, ''));
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared > 0 && shared / Math.min(x.size, y.size) >= 0.5;
}
