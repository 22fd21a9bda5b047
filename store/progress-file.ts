import * as z from 'zod/mini';
import type { ProgressState } from '@/lib/quiz-play/progress-schema';
import { PROGRESS_VERSION, upgradeProgress } from './progress-migrations';

/**
 * The exported progress file: a tagged, versioned envelope around the progress store's state. Its
 * `version` is the progress version it carries, so importing an older file runs the same migrations
 * as an older browser would. store/fixtures/progress-export.v1.json is the frozen example.
 */
export const PROGRESS_FILE_FORMAT = 'cited-progress';

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  progress: ProgressState;
}

export function progressFile(progress: ProgressState, now: Date): ProgressFile {
  return {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress,
  };
}

export function progressFileName(now: Date): string {
  return `cited-progress-${now.toISOString().slice(0, 10)}.json`;
}

const envelopeSchema = z.object({
  format: z.literal(PROGRESS_FILE_FORMAT),
  version: z.int(),
  exportedAt: z.optional(z.string()),
  progress: z.unknown(),
});

export type ImportResult =
  { ok: true; progress: ProgressState; exportedAt: string | null } | { ok: false; message: string };

/** Reads an exported file's text. Never throws: a bad file gives a message a learner can act on. */
export function parseProgressFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Cited progress file (it is not valid JSON).' };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    return {
      ok: false,
      message: 'This file is not a Cited progress file. Choose a file exported from Cited.',
    };
  }
  const { version, progress } = envelope.data;
  if (version > PROGRESS_VERSION) {
    return {
      ok: false,
      message:
        'This file comes from a newer version of Cited. Update the app, then import it again.',
    };
  }
  const upgraded = upgradeProgress(progress, version);
  if (!upgraded) {
    return {
      ok: false,
      message:
        'This progress file is damaged, so nothing was imported. Your progress is unchanged.',
    };
  }
  return { ok: true, progress: upgraded, exportedAt: envelope.data.exportedAt ?? null };
}
