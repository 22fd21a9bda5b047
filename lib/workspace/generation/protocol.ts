import type { ArticleInput } from '@/lib/quiz-engine';
import type { Quiz } from '@/lib/quiz-engine/schema';
import type { ArticleSource, PreparedArticle } from '../article-input';

/** What the server asks its generation worker thread, and what the thread answers. */
export type JobRequest =
  | { id: number; kind: 'prepare'; source: ArticleSource; articleId: string }
  | { id: number; kind: 'generate'; input: ArticleInput };

/** Where a job is, for the progress a teacher sees. */
export type JobStage = 'reading' | 'questions';

export type JobOutcome<T> =
  | { ok: true; value: T }
  /** `refused`: the article cannot make a quiz (the teacher can act); otherwise a fault of ours. */
  | { ok: false; refused: boolean; message: string };

export type JobMessage =
  | { id: number; type: 'progress'; stage: JobStage }
  | { id: number; type: 'done'; outcome: JobOutcome<PreparedArticle | Quiz> };
