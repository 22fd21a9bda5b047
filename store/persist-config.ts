import type { AttemptState, ProgressState, SettingsState } from '@/lib/quiz-play/progress-schema';
import type { MyArticlesState } from '@/lib/my-articles/schema';

/**
 * Storage keys, current versions and defaults of the persisted stores. Kept apart from the migrations
 * (which need zod) so the stores can be created without loading validators. Keys never change; bump a
 * version only together with a migration step and a new frozen fixture in store/fixtures.
 */
export const PROGRESS_KEY = 'cited:progress';
export const PROGRESS_VERSION = 1;
export const ATTEMPT_KEY = 'cited:attempt';
export const ATTEMPT_VERSION = 2;
/** The layout's pre-paint script reads state.theme and state.textSize from this key: keep that shape. */
export const SETTINGS_KEY = 'cited:settings';
export const SETTINGS_VERSION = 1;

export function defaultProgress(): ProgressState {
  return { quizzes: {} };
}

export function defaultAttempts(): AttemptState {
  return { attempts: {} };
}

export function defaultSettings(): SettingsState {
  return { theme: 'system', textSize: 'normal', timer: false, readAloudRate: 1 };
}

/** Articles pasted or picked in /create, each with the quiz generated from it in this browser. */
export const MY_ARTICLES_KEY = 'cited:my-articles';
export const MY_ARTICLES_VERSION = 2;

export function defaultMyArticles(): MyArticlesState {
  return { articles: {} };
}
