import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { optionLetter } from '@/lib/classroom/slides';
import { byShape } from '@/lib/quiz-play/question-shape';
import { quoted } from '@/lib/text/quoted';

/** One piece of evidence as every export words it: where it is, and the sentence itself. */
export interface CitedSentence {
  /** ¶ number of its paragraph (null for a heading). */
  paragraph: number | null;
  /** 1-based position of the sentence in its paragraph. */
  sentence: number;
  quote: string;
}

export function citedSentences(quiz: Pick<Quiz, 'passages'>, question: Question): CitedSentence[] {
  return question.evidence.map((evidence) => {
    const passage = quiz.passages.find((candidate) => candidate.id === evidence.passageId);
    const index = passage?.sentences.findIndex((s) => s.id === evidence.sentenceId) ?? -1;
    return { paragraph: passage?.number ?? null, sentence: index + 1, quote: evidence.quote };
  });
}

/** "Evidence, ¶3 (sentence 2): “…”" — one line per cited sentence. */
export function evidenceLines(quiz: Pick<Quiz, 'passages'>, question: Question): string[] {
  return citedSentences(quiz, question).map(
    (cited) =>
      `Evidence, ${cited.paragraph ? `¶${cited.paragraph}` : 'heading'}${cited.sentence > 0 ? ` (sentence ${cited.sentence})` : ''}: ${quoted(cited.quote)}`,
  );
}

/** The feedback every export gives: the explanation, then the evidence with its paragraph. */
export function feedbackText(quiz: Pick<Quiz, 'passages'>, question: Question): string {
  return [question.explanation, ...evidenceLines(quiz, question)].join(' ');
}

/** The key in words: the lettered option, the words, the order or the pairs. */
export function keyText(question: Question): string {
  return byShape(question, {
    choice: (choice) => `${optionLetter(choice.choices.indexOf(choice.answer))}. ${choice.answer}`,
    typed: (typed) => [typed.answer, ...typed.acceptedAnswers].join(' / '),
    order: (timeline) => timeline.answer.map((item, index) => `${index + 1}. ${item}`).join('; '),
    match: (matching) =>
      matching.items.map((item, index) => `${item} → ${matching.answer[index] ?? ''}`).join('; '),
  });
}
