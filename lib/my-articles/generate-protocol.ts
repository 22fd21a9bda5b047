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

/**
 * The worker's answer. The worker sends only a quiz that passes the current quiz schema (version 2: a
 * ranked bank with its defaultCount); the page validates it again, as it does anything it keeps.
 */
export type GenerateResponse =
  { ok: true; quiz: Quiz; ms: number } | { ok: false; problem: string; message: string };
