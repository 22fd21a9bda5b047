import { wordCount } from '../realize';
import { CONNECTIVE_OPENERS, REFERRING_PRONOUNS, SPEAKER_PRONOUNS } from '../lang/en/clauses';
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
    // A news outlet the article reports through ("BBC News", "the Times") is no one's wrong
    // speaker unless the article quotes it.
    const speakers = new Set(analysis.quotes.map((q) => q.speakerId));
    const outlets = analysis.names.entities
      .filter((e) => e.subtype === 'newspaper' && !speakers.has(e.id))
      .map((e) => e.id);
    for (const quote of analysis.quotes) {
      if (!quote.speakerId || !quote.attributionSentenceId) continue;
      const speaker = analysis.names.byId.get(quote.speakerId);
      if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'organization')) continue;
      const text = quote.text.trim().replace(/[,.]+$/, '');
      const words = wordCount(text);
      if (words < 6 || words > 45) continue;
      // 'This would be a "large enough inducement to …"': words quoted inside the writer's own
      // sentence are no saying of their own.
      if (!/^[\p{Lu}\d‘'"]/u.test(text)) continue;
      // "They are not ready …", "But I'd back us …", "some of these guys": words that answer, or
      // are about, what the sentences around them say do not stand alone in a question.
      if (pointsOutside(text)) continue;
      const prompt = `${speaker.kind === 'person' ? 'Who' : 'Which organization'} said, “${text}”?`;
      const sentence = analysis.doc.sentenceById.get(quote.attributionSentenceId)!;
      const evidence = [
        ...new Set([
          ...evidenceNaming(analysis, sentence, speaker.id, { writesName: true }),
          ...quote.sentenceIds,
        ]),
      ].sort(
        (a, b) => analysis.doc.sentenceById.get(a)!.index - analysis.doc.sentenceById.get(b)!.index,
      );
      // "Andrew Pendleton, Christian Aid's head of trade policy, said": whoever the words and the
      // speaker are given with may have said them too (the speaker's organisation, a co-author).
      const introduced = speaker.mentions[0]?.sentenceId;
      const exclude = new Set([
        ...outlets,
        ...[...evidence, ...(introduced ? [introduced] : [])].flatMap((id) =>
          (analysis.names.bySentence.get(id) ?? []).map((m) => m.entityId),
        ),
      ]);
      const distractors = entityOptions(analysis, speaker, {
        stem: prompt,
        salt: quote.id,
        exclude,
      });
      if (!distractors) continue;
      // The same attribution as a statement, true or with another person the article quotes.
      if (words <= 30) {
        const others =
          entityOptions(analysis, speaker, {
            stem: quote.text,
            salt: `${quote.id}:tf`,
            count: 1,
            exclude,
          }) ?? [];
        const other = others[0];
        const said = (name: string) => `${name} said, “${text}”`;
        const truth = said(speaker.name);
        const variants = [
          { statement: truth, truth: true, tag: 'true' },
          ...(other ? [{ statement: said(other), truth: false, tag: `speaker:${other}` }] : []),
        ];
        for (const v of variants)
          drafts.push({
            type: 'true-false',
            prompt: `True or false: ${v.statement}.`,
            explanation: v.truth
              ? `True. ${paragraphLabel(sentence.paragraph)} gives these words to ${speaker.name}.`
              : `False. ${paragraphLabel(sentence.paragraph)} gives these words to ${speaker.name}, not ${other}.`,
            evidence,
            key: v.truth ? 'True' : 'False',
            distractors: [v.truth ? 'False' : 'True'],
            keyId: v.truth ? 'True' : 'False',
            about: [speaker.id],
            score: 2.5,
            fact: `${quote.id}|tf`,
            shown: evidence,
            idParts: [quote.id, v.tag],
            pattern: 'said-quote',
          });
      }
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

/**
 * Whether quoted words lean on what is around them: they open with a connective ("But I'd back us …")
 * or a pronoun for someone else ("They are not an efficient way …"), or point with "these"/"those"
 * ("some of these guys"). A quotation's "I", "we" and "you" are the speaker's own, and an "it" inside
 * ("before it goes ahead") or opening ("It is distressing to …") usually reads within the words.
 */
function pointsOutside(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const opener = words[0] ?? '';
  if (CONNECTIVE_OPENERS.has(opener)) return true;
  if (REFERRING_PRONOUNS.has(opener) && !SPEAKER_PRONOUNS.has(opener) && !/^it/.test(opener))
    return true;
  return words.some((w, i) => (w === 'these' || w === 'those') && i < words.length - 1);
}
