/**
 * Which pages the service worker keeps for offline study, and which need the network. Pure, so the worker
 * (lib/offline/service-worker.ts) and its tests share one answer. A page kept for study is served from
 * the network when there is one and from the cache when not; a page that needs the network (a live class,
 * the teacher workspace, anything shared from a server) is never served stale: offline it gets the
 * offline page, which says why.
 */

/** The offline page, precached with the worker and shown for pages that need the network. */
export const OFFLINE_PATH = '/offline';

/** Query parameters that do not change a page's HTML (the quiz's question, ?q=, is read by the player; ?from= by the article). */
export const IGNORED_QUERY_PARAMETERS: readonly RegExp[] = [
  /^from$/,
  /^q$/,
  /^utm_/,
  // Next links the favicon and icon with their content hash as a bare parameter (?favicon.<hash>.ico).
  /^(favicon|icon)\.[\w-]+\.(ico|svg)$/,
];

/** Files Next serves from app/ (not .next/static), precached beside the pages. */
export const APP_FILES: readonly string[] = ['/favicon.ico', '/icon.svg', '/manifest.webmanifest'];

/** Self-study: the library, its articles and quizzes, review, progress and articles quizzed in this browser. */
const STUDY_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/articles\/[^/]+$/,
  /^\/quiz\/[^/]+$/,
  /^\/review$/,
  /^\/progress$/,
  /^\/create$/,
  /^\/mine\/[^/]+(\/quiz)?$/,
];

export type OfflineRule = 'study' | 'network';

/** How the worker treats a same-origin page: kept for study, or network only with the offline page. */
export function offlineRuleFor(pathname: string): OfflineRule {
  return STUDY_PATHS.some((pattern) => pattern.test(pathname)) ? 'study' : 'network';
}

/** The pages of the library's own articles (and the quizzes that exist), precached when the worker installs. */
export function libraryPagePaths(slugs: {
  articles: readonly string[];
  quizzes: readonly string[];
}): string[] {
  const quizzes = new Set(slugs.quizzes);
  return [
    '/',
    ...slugs.articles.flatMap((slug) =>
      quizzes.has(slug) ? [`/articles/${slug}`, `/quiz/${slug}`] : [`/articles/${slug}`],
    ),
  ];
}
