import type { Quiz } from '@/lib/quiz-engine/schema';

/** What the page asks the generate worker: the article's text and what the reader typed about it. */
export interface GenerateRequest {
  id: string;
  text: string;
  /** "article.md" reads front matter; a plain-text name supplies a title when nothing else does. */
  fileName: string;
  /** Pasted text or a chosen file: only changes how a refusal is worded. */
  source: 'text' | 'file';
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

/** The worker's answer. The quiz is untrusted until the page validates it with the schema. */
export type GenerateResponse =
  { ok: true; quiz: Quiz; ms: number } | { ok: false; problem: string; message: string };
