import type { ArticleStatus } from '@/lib/classroom/store';
import type { Quiz } from '@/lib/quiz-engine/schema';
import type { Passage } from '@/lib/text/article';
import { shareHref, teachHref } from './ids';
import type { OrphanedEdit, ReviewEntry, Selection } from './review';
import type { Progress, WorkspaceArticle } from './service';

/** A workspace article as its owner's pages and `GET /api/articles/<id>` see it: plain JSON. */
export interface ArticleView {
  id: string;
  status: ArticleStatus;
  progress: Progress | null;
  /** Why generation failed (or why a regeneration did, while the earlier quiz stays in use). */
  error: string | null;
  title: string;
  sourceKind: WorkspaceArticle['record']['sourceKind'];
  sourceUrl: string | null;
  createdAt: number;
  teachUrl: string;
  /** The public link; it opens the article only while `published`. */
  shareUrl: string;
  published: boolean;
  article: {
    title: string;
    publisher: string | null;
    date: string | null;
    wordCount: number;
    passages: Passage[];
  };
  /** The teacher's quiz (edits applied, their order; the chosen questions are its default quiz). */
  quiz: Quiz | null;
  review: {
    entries: ReviewEntry[];
    orphans: OrphanedEdit[];
    selection: Selection;
    chosen: number;
    /** The engine's recommendation plus the teacher's own questions. */
    recommended: number;
    /** Questions that are not excluded. */
    available: number;
  } | null;
}

export function articleView(article: WorkspaceArticle, origin: string): ArticleView {
  const { record, input, teacher } = article;
  return {
    id: record.id,
    status: record.status,
    progress: article.progress,
    error: record.error,
    title: record.title,
    sourceKind: record.sourceKind,
    sourceUrl: record.sourceUrl,
    createdAt: record.createdAt,
    teachUrl: teachHref(record.id),
    shareUrl: `${origin}${shareHref(record.shareToken)}`,
    published: record.published,
    article: {
      title: input.title,
      publisher: input.publisher ?? null,
      date: input.date ?? null,
      wordCount: input.wordCount,
      passages: input.passages,
    },
    quiz: teacher?.quiz ?? null,
    review: teacher
      ? {
          entries: teacher.entries,
          orphans: teacher.orphans,
          selection: teacher.selection,
          chosen: teacher.chosen.length,
          recommended: teacher.recommended,
          available: teacher.quiz.questions.length,
        }
      : null,
  };
}

/** The words a page shows for where a generation is. */
export function progressText(progress: Progress | null): string {
  switch (progress?.stage) {
    case 'queued':
      return progress.ahead > 0
        ? `Waiting for ${progress.ahead} other ${progress.ahead === 1 ? 'article' : 'articles'} to finish first.`
        : 'Starting.';
    case 'reading':
      return 'Reading the article.';
    case 'questions':
      return 'Writing the questions and checking each one against its sentence.';
    case 'saving':
      return 'Saving the quiz.';
    default:
      return 'Generating the quiz.';
  }
}
