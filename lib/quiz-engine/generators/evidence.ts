import {
  arrange,
  contentWords,
  corePredicate,
  cueOf,
  evidenceOf,
  hasUnresolvedReference,
  namedThing,
  overlap,
  paragraphLabel,
  wordCount,
  type Candidate,
  type GeneratorContext,
} from '../kit';

/**
 * evidence: "Which sentence from the article best supports the statement that …?" The statement names
 * the actor in full (so a "He …" sentence must be connected to its person); the wrong sentences
 * mention the same actor but share little of the statement's content, so they do not support it.
 * `demand` counts other candidates per sentence, to prefer wrong options nobody else asks about.
 */
export function evidenceQuestions(
  { analysis: ctx, random }: GeneratorContext,
  demand: ReadonlyMap<string, number> = new Map(),
): Candidate[] {
  const out: Candidate[] = [];
  // Sentences about each actor: named there, or the person a pronoun there refers to.
  const about = new Map<string, Set<string>>();
  const add = (entityId: string, sentenceId: string) => {
    const set = about.get(entityId) ?? new Set<string>();
    set.add(sentenceId);
    about.set(entityId, set);
  };
  for (const [sentenceId, list] of ctx.mentionsBySentence)
    for (const m of list) add(m.entityId, sentenceId);
  for (const [sentenceId, person] of ctx.personFocus) if (person) add(person, sentenceId);
  for (const fact of ctx.facts) {
    if (!fact.subjectId || fact.verb.negated || fact.quoteId || fact.compound === 'pair') continue;
    const entity = ctx.entityById.get(fact.subjectId);
    if (!entity || entity.kind === 'date' || entity.kind === 'number') continue;
    const core = corePredicate(fact, { dropDates: false, maxWords: 24, acronyms: ctx.acronyms });
    if (!core || wordCount(core) < 4 || /["“”]/.test(core)) continue;
    const statement = `${fact.subjectName} ${core}`;
    if (
      hasUnresolvedReference(statement, {
        allowPersonPronoun: entity.kind === 'person',
        allowPlural: fact.plural,
        allowIts: namedThing(fact.subjectId),
      })
    )
      continue;
    const sentence = ctx.sentenceById.get(fact.sentenceId)!;
    if (wordCount(sentence.text) > 55) continue;
    const words = contentWords(core);
    const others = [...(about.get(entity.id) ?? [])]
      .map((id) => ctx.sentenceById.get(id))
      .filter((s): s is NonNullable<typeof s> => {
        if (!s || s.id === sentence.id || wordCount(s.text) > 55 || wordCount(s.text) < 6)
          return false;
        return overlap(words, contentWords(s.text)) < 0.34;
      });
    // Sentences no other question needs first (showing them gives nothing away), then the nearest
    // about the same actor: they are the most tempting.
    const need = (id: string) => Math.min(2, demand.get(id) ?? 0);
    others.sort(
      (a, b) =>
        need(a.id) - need(b.id) ||
        Math.abs(a.index - sentence.index) - Math.abs(b.index - sentence.index) ||
        a.index - b.index,
    );
    const distractors = others.slice(0, 3);
    if (distractors.length < 2) continue;
    const prompt = `Which sentence from the article best supports the statement that ${statement}?`;
    const choices = arrange(
      sentence.text,
      distractors.map((s) => s.text),
      random,
    );
    if (new Set(choices).size !== choices.length) continue;
    out.push({
      type: 'evidence',
      question: {
        id: '',
        type: 'evidence',
        prompt,
        choices,
        answer: sentence.text,
        explanation: `${paragraphLabel(sentence.paragraph)} states it directly; the other sentences mention ${fact.subjectName} but say something else.`,
        evidence: [evidenceOf(ctx, sentence.id)],
      },
      idParts: [fact.sentenceId, core],
      keys: [sentence.text],
      visible: `${prompt} ${choices.join(' ')}`,
      sentenceIds: [sentence.id],
      shownSentenceIds: [sentence.id, ...distractors.map((s) => s.id)],
      paragraphs: [sentence.paragraph],
      score: 2.6 + (fact.subjectPronoun ? 0.6 : 0),
      entityIds: [entity.id],
      dedupeKey: `evidence|${fact.id}`,
      cue: cueOf(core),
    });
  }
  return out;
}
