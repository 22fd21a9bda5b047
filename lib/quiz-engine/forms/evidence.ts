import { displayName, lowerFirst, wordCount } from '../realize';
import { clauseViews } from './clause-view';
import {
  contentWords,
  overlap,
  paragraphLabel,
  pickVaried,
  type Draft,
  type QuestionForm,
} from './kit';

/**
 * evidence: which sentence of the article supports a claim. The claim is the clause restated on
 * its own (shorter than its sentence, with names resolved), never the sentence copied; the wrong
 * options are sentences about the same things that do not state it.
 */
export const evidenceForm: QuestionForm = {
  name: 'evidence: the sentence that supports a claim',
  make(analysis) {
    const drafts: Draft[] = [];
    const sentences = analysis.doc.sentences.filter(
      (s) => wordCount(s.text) <= 40 && wordCount(s.text) >= 6,
    );
    const words = new Map(sentences.map((s) => [s.id, contentWords(s.text)]));
    for (const view of clauseViews(analysis)) {
      const { clause, sentence } = view;
      if (
        clause.role === 'subordinate' ||
        clause.role === 'embedded' ||
        clause.role === 'appositive'
      )
        continue;
      const claim = view.statement([], 22);
      const entity = view.entity;
      if (!claim || !entity || wordCount(claim) < 6 || !words.has(sentence.id)) continue;
      // Finding the sentence must take reading, not matching words: its subject is "he" or "the city"
      // where the claim names it, or the claim is a small part of a long sentence.
      const named = (analysis.names.bySentence.get(sentence.id) ?? []).some(
        (m) =>
          m.entityId === entity.id &&
          m.start >= clause.subject.start &&
          m.end <= clause.subject.end,
      );
      // Only "He …" or "The city …" proving a claim that names them: finding it takes reading.
      if (named) continue;
      const mine = contentWords(claim);
      // Wrong options are about the same one: other sentences that name it but do not say this.
      const aboutIt = (id: string) =>
        (analysis.names.bySentence.get(id) ?? []).some((m) => m.entityId === entity.id);
      // The nearest misses: sentences that share words with the claim without stating it, so the
      // key is not the only option that repeats the claim's words.
      const near = sentences
        .filter((s) => s.paragraph !== sentence.paragraph && aboutIt(s.id))
        .map((s) => ({ s, score: overlap(mine, words.get(s.id)!) }))
        .filter((x) => x.score < 0.4)
        .sort((a, b) => b.score - a.score || a.s.index - b.s.index)
        .slice(0, 3);
      if (near.length < 3 || near[near.length - 1]!.score < 0.2) continue;
      const distractors = pickVaried(
        near.map((x) => x.s.text),
        3,
        clause.id,
      );
      drafts.push({
        type: 'evidence',
        prompt: `Which sentence from the article supports the claim that ${inQuestion(claim, view.entity ? /^\p{Lu}/u.test(displayName(view.entity)) : analysis.names.capitalized.has(claim.split(/\s+/)[0] ?? ''))}?`,
        explanation: `${paragraphLabel(sentence.paragraph)} states it.`,
        evidence: [sentence.id],
        key: sentence.text,
        distractors,
        keyId: `sentence:${sentence.id}`,
        about: view.entity ? [view.entity.id] : [],
        score: 2.2,
        fact: `evidence:${sentence.id}`,
        shown: [
          sentence.id,
          ...sentences.filter((s) => distractors.includes(s.text)).map((s) => s.id),
        ],
        idParts: [clause.id, 'evidence'],
      });
    }
    return drafts;
  },
};

/** "The conservatives support …" → "the conservatives support …" inside a question; names keep their capital. */
function inQuestion(text: string, named: boolean): string {
  return named && !/^(?:The|A|An)\s/.test(text) ? text : lowerFirst(text);
}
