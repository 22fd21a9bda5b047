import { wordCount } from '../realize';
import { evidenceNaming, paragraphLabel, type Draft, type QuestionForm } from './kit';
import { entityOptions } from './options';

/**
 * quote: who said a quotation the article attributes ("Who said, “I will persuade North Korea to
 * come to the negotiating table”?"). The quotation is shown exactly as written; its speaker is
 * never named inside it, and people it names are not offered as wrong options.
 */
export const quoteForm: QuestionForm = {
  name: 'quote: who said it',
  make(analysis) {
    const drafts: Draft[] = [];
    for (const quote of analysis.quotes) {
      if (!quote.speakerId || !quote.attributionSentenceId) continue;
      const speaker = analysis.names.byId.get(quote.speakerId);
      if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'organization')) continue;
      const text = quote.text.trim().replace(/[,.]+$/, '');
      const words = wordCount(text);
      if (words < 6 || words > 45) continue;
      const prompt = `${speaker.kind === 'person' ? 'Who' : 'Which organization'} said, “${text}”?`;
      const distractors = entityOptions(analysis, speaker, { stem: prompt, salt: quote.id });
      if (!distractors) continue;
      const sentence = analysis.doc.sentenceById.get(quote.attributionSentenceId)!;
      const evidence = [...new Set([...evidenceNaming(analysis, sentence, speaker.id), ...quote.sentenceIds])].sort(
        (a, b) => analysis.doc.sentenceById.get(a)!.index - analysis.doc.sentenceById.get(b)!.index,
      );
      drafts.push({
        type: 'quote',
        prompt,
        explanation: `${paragraphLabel(sentence.paragraph)} gives these words to ${speaker.name}.`,
        evidence,
        key: speaker.name,
        distractors,
        keyId: speaker.id,
        about: [speaker.id],
        score: 3 + (quote.attribution === 'continuation' ? -0.3 : 0) + Math.min(0.5, words / 60),
        fact: quote.id,
        shown: [],
        idParts: [quote.id],
      });
    }
    return drafts;
  },
};
