import type { Quiz } from '@/lib/quiz-engine/schema';

/** How much of the article the questions ask about. */
export interface ParagraphCoverage {
  /** Passages of kind 'paragraph' (headings do not count). */
  paragraphs: number;
  /** Paragraphs cited by the evidence of at least one question. */
  cited: number;
  /** cited ÷ paragraphs; 0 for an article of no paragraphs. */
  share: number;
  /** ¶ numbers of the paragraphs no question cites, in article order. */
  uncited: number[];
}

export function paragraphCoverage(quiz: Pick<Quiz, 'passages' | 'questions'>): ParagraphCoverage {
  const citedIds = new Set(
    quiz.questions.flatMap((question) => question.evidence.map((evidence) => evidence.passageId)),
  );
  const paragraphs = quiz.passages.filter((passage) => passage.kind === 'paragraph');
  const uncited = paragraphs.filter((passage) => !citedIds.has(passage.id));
  const cited = paragraphs.length - uncited.length;
  return {
    paragraphs: paragraphs.length,
    cited,
    share: paragraphs.length ? cited / paragraphs.length : 0,
    uncited: uncited.map((passage) => passage.number ?? 0),
  };
}
