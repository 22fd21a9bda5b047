import type { Fact } from '../analyze';
import {
  arrange,
  corePredicate,
  cueOf,
  evidenceNaming,
  hasUnresolvedReference,
  namedThing,
  mentions,
  paragraphLabel,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import { quotedExcerpt } from './quote';
import { dateDistractors } from './distractors';

/** "Moon Jae-in unveiled his plan" → "did Moon Jae-in unveil his plan"; passive → "was X abrogated". */
export function whenStem(fact: Fact, core: string): string | undefined {
  const words = core.split(' ');
  const subject = /^The\s/.test(fact.subjectName)
    ? `the ${fact.subjectName.slice(4)}`
    : fact.subjectName;
  if (fact.verb.passive) {
    // core starts with the auxiliary: "was abrogated", "were raised"
    const [aux, ...rest] = words;
    if (!aux || !/^(?:was|were)$/i.test(aux)) return undefined;
    return `When ${aux.toLowerCase()} ${subject} ${rest.join(' ')}?`;
  }
  if (fact.verb.tense !== 'past' || fact.verb.tokenStart !== fact.verb.tokenEnd) return undefined;
  const [verb, ...rest] = words;
  const lemma = fact.verb.lemma;
  if (
    !verb ||
    verb.toLowerCase() !== fact.verb.text.toLowerCase() ||
    lemma === 'be' ||
    lemma === 'have'
  )
    return undefined;
  return `When did ${subject} ${lemma}${rest.length ? ` ${rest.join(' ')}` : ''}?`;
}

/** when: a clause dated by exactly one absolute date; options are other dates of the same precision. */
export function whenQuestions({ analysis: ctx, random }: GeneratorContext): Candidate[] {
  const out: Candidate[] = [];
  for (const fact of ctx.facts) {
    if (fact.dates.length !== 1 || fact.verb.negated || fact.quoteId) continue;
    if (fact.subjectPronoun && !fact.subjectId) continue;
    if (!fact.subjectId && !/^(?:the|a|an|each|every)\s|^\p{Lu}/iu.test(fact.subjectName)) continue;
    const date = fact.dates[0]!;
    // "The 1962 Constitution was abrogated on 25 March 1969" → "When was the 1962 Constitution
    // abrogated?": a bare passive is a whole question after a named subject (not after "the logo"
    // or "a coalition government", which need the sentence around them).
    const core =
      corePredicate(fact, { dropDates: true, maxWords: 26, acronyms: ctx.acronyms }) ??
      (fact.verb.passive &&
      /[\p{Lu}\d]/u.test(fact.subjectName.replace(/^The\s/, '')) &&
      !/^an?\s/i.test(fact.subjectName) &&
      !fact.subjectPronoun
        ? corePredicate(fact, { dropDates: true, minWords: 2, acronyms: ctx.acronyms })
        : undefined);
    if (!core) continue;
    const prompt = whenStem(fact, core);
    if (!prompt || mentions(prompt, date.label) || mentions(prompt, String(date.year))) continue;
    if (
      hasUnresolvedReference(prompt, {
        allowPersonPronoun: !!fact.subjectId?.startsWith('person:'),
        allowIts: namedThing(fact.subjectId),
      })
    )
      continue;
    if (!fact.subjectId && hasUnresolvedReference(fact.subjectName)) continue;
    const distractors = dateDistractors(ctx, date);
    if (distractors.length < 2) continue;
    const sentence = ctx.sentenceById.get(fact.sentenceId)!;
    out.push(
      whenCandidate(
        ctx,
        random,
        prompt,
        date.label,
        distractors,
        [fact.sentenceId],
        sentence.paragraph,
        `${paragraphLabel(sentence.paragraph)} gives the date: ${date.label}.`,
        [fact.sentenceId, core, date.label],
        fact.subjectId,
        3,
      ),
    );
  }
  for (const quote of ctx.quotes) {
    const speaker = quote.speakerId ? ctx.entityById.get(quote.speakerId) : undefined;
    if (!quote.date || !speaker || speaker.kind !== 'person') continue;
    const excerpt = quotedExcerpt(quote);
    if (
      !excerpt ||
      mentions(excerpt, quote.date.label) ||
      mentions(excerpt, String(quote.date.year))
    )
      continue;
    const prompt = `When did ${speaker.name} say, “${excerpt}”?`;
    const distractors = dateDistractors(ctx, quote.date);
    if (distractors.length < 2) continue;
    const paragraph = ctx.sentenceById.get(quote.sentenceIds[0]!)?.paragraph ?? 0;
    out.push(
      whenCandidate(
        ctx,
        random,
        prompt,
        quote.date.label,
        distractors,
        quote.sentenceIds,
        paragraph,
        `${paragraphLabel(paragraph)} says ${speaker.name} said this on ${quote.date.label}.`,
        [quote.id, quote.date.label],
        speaker.id,
        2.6,
      ),
    );
  }
  return out;
}

function whenCandidate(
  ctx: GeneratorContext['analysis'],
  random: GeneratorContext['random'],
  prompt: string,
  answer: string,
  distractors: string[],
  sentenceIds: string[],
  paragraph: number,
  explanation: string,
  idParts: string[],
  entityId: string | undefined,
  score: number,
): Candidate {
  return {
    type: 'when',
    question: {
      id: '',
      type: 'when',
      prompt,
      choices: arrange(answer, distractors, random),
      answer,
      explanation,
      evidence: evidenceNaming(ctx, sentenceIds, entityId),
    },
    idParts,
    // "January 1, 2009" in a shown sentence gives away "1 January 2009" as much as the label does.
    keys: [answer, ...writtenForms(answer)],
    visible: prompt,
    sentenceIds,
    shownSentenceIds: sentenceIds,
    paragraphs: [paragraph],
    score,
    entityIds: [`date:${answer}`, ...(entityId ? [entityId] : [])],
    dedupeKey: `when|${sentenceIds.join(',')}`,
    cue: cueOf(prompt),
  };
}

/** Other ways an article writes a day: "May 28, 2007", "May 28 2007", "28 May, 2007". */
export function writtenForms(label: string): string[] {
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(label);
  if (!m) return [];
  const [, day, month, year] = m;
  return [`${month} ${day}, ${year}`, `${month} ${day} ${year}`, `${day} ${month}, ${year}`];
}
