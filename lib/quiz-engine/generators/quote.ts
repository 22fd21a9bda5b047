import type { Quote } from '../analyze';
import {
  arrange,
  cueOf,
  evidenceNaming,
  mentionsEntity,
  paragraphLabel,
  wordCount,
  type Candidate,
  type GeneratorContext,
} from '../kit';
import { actorDistractors, optionName } from './distractors';

/**
 * The words of a quotation as a stem shows them: the whole quotation when short, else its first full
 * sentence; only trailing commas go (the sentence punctuation of the attribution), never words.
 */
export function quotedExcerpt(quote: Quote): string | undefined {
  // Only the closing comma or full stop goes (the stem supplies its own punctuation), never words.
  const text = quote.text.trim().replace(/(?<!\.)[,.]$/, '');
  if (wordCount(text) <= 40) return wordCount(text) >= 6 ? text : undefined;
  const first = /^.+?[.!?](?=\s+\p{Lu})/u.exec(text)?.[0];
  if (first && wordCount(first) >= 6 && wordCount(first) <= 40) return first;
  return undefined;
}

/** quote: Who said “…”? — the speaker found by attribution, options other people of the article. */
export function quoteQuestions({ analysis: ctx, random }: GeneratorContext): Candidate[] {
  const out: Candidate[] = [];
  for (const quote of ctx.quotes) {
    const speaker = quote.speakerId ? ctx.entityById.get(quote.speakerId) : undefined;
    if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'organization')) continue;
    const excerpt = quotedExcerpt(quote);
    if (!excerpt || mentionsEntity(excerpt, speaker)) continue;
    const prompt = `Who said, “${excerpt}”?`;
    // Speakers of other quotations are the most plausible wrong answers.
    const distractors = actorDistractors(ctx, speaker, { stem: prompt });
    if (distractors.length < 2) continue;
    const answer = optionName(speaker);
    const sentences = quote.sentenceIds
      .map((id) => ctx.sentenceById.get(id))
      .filter((s) => s !== undefined);
    const paragraph = sentences[0]?.paragraph ?? 0;
    const how =
      quote.attribution === 'continuation'
        ? `${paragraphLabel(paragraph)} goes on quoting ${answer}, whose words come just before.`
        : quote.attribution === 'before'
          ? `${paragraphLabel(paragraph)} introduces these words with "${answer.split(' ')[0]} said".`
          : `${paragraphLabel(paragraph)} attributes these words to ${answer}.`;
    out.push({
      type: 'quote',
      question: {
        id: '',
        type: 'quote',
        prompt,
        choices: arrange(answer, distractors, random),
        answer,
        explanation: how,
        evidence: evidenceNaming(ctx, quote.sentenceIds, speaker.id),
      },
      idParts: [quote.passageId, excerpt, speaker.id],
      keys: [speaker.name, ...speaker.aliases],
      visible: prompt,
      sentenceIds: quote.sentenceIds,
      shownSentenceIds: quote.sentenceIds,
      paragraphs: [paragraph],
      cue: cueOf(excerpt),
      score:
        3 +
        (quote.attribution === 'continuation' ? -0.3 : 0.3) -
        (wordCount(excerpt) > 30 ? 0.5 : 0),
      entityIds: [speaker.id],
      dedupeKey: `quote|${quote.id}`,
    });
  }
  return out;
}
