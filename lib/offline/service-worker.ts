/// <reference lib="webworker" />
import type {
  PrecacheEntry,
  RouteMatchCallbackOptions,
  SerwistGlobalConfig,
  SerwistPlugin,
} from 'serwist';
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from 'serwist';
import { IGNORED_QUERY_PARAMETERS, OFFLINE_PATH, offlineRuleFor } from './routes';

/**
 * Cited's service worker, bundled by scripts/build-service-worker.ts into public/sw.js after `next build`.
 *
 * - Precached when it installs: the app's static files, the offline page, and the library with each of
 *   its articles and quizzes (their HTML is the same for everyone until the next build). A cached page
 *   keeps the Content-Security-Policy header it was served with, so its scripts' nonce still matches.
 * - Pages kept for study (lib/offline/routes.ts) are fetched from the network and kept once visited;
 *   with no network, or none within 4 s, the kept copy is served. Next's client navigations (RSC
 *   requests) to them are kept the same way.
 * - Pages that need the network (live classes, the teacher workspace, shared links) are never served
 *   from a cache; offline they get the offline page. The API is not touched: it goes to the network as
 *   if there were no worker (its event streams included).
 * - Updates: no skipWaiting. A new worker waits until every Cited tab is closed, so a page is never
 *   served by a worker whose precached files belong to another build, and an attempt in progress keeps
 *   the code it started with. clientsClaim only matters for the first install, which has nothing to
 *   replace: it lets the page that installed the worker work offline without a reload.
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const STUDY_PAGE_TIMEOUT_SECONDS = 4;

/**
 * Set at bundle time to this build's id. Pages and RSC payloads kept at run time belong to one build (their
 * scripts are that build's): each build keeps its own caches, and the worker of a new build deletes the
 * others' when it takes over.
 */
const BUILD_ID = process.env.CITED_BUILD_ID ?? 'development';
const RUNTIME_CACHE_PREFIX = 'cited-';
const cacheName = (name: string) => `${RUNTIME_CACHE_PREFIX}${name}-${BUILD_ID}`;

/**
 * Offline, a client navigation's RSC request that has no kept copy is answered with a response that is not
 * RSC: Next then loads the address as a page (a browser navigation), which this worker answers from its
 * cache or with the offline page. A network error would do the same, but Next logs it as an error, and a
 * prefetch of a link on screen would fail loudly for every link.
 */
const browserNavigationWhenOffline: SerwistPlugin = {
  handlerDidError: async () =>
    new Response('', {
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    }),
};

function isPage({ request, sameOrigin, url }: RouteMatchCallbackOptions): boolean {
  return sameOrigin && !url.pathname.startsWith('/api/') && request.mode === 'navigate';
}

function isFlight({ request, sameOrigin, url }: RouteMatchCallbackOptions): boolean {
  return sameOrigin && !url.pathname.startsWith('/api/') && request.headers.get('RSC') === '1';
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    ignoreURLParametersMatching: [...IGNORED_QUERY_PARAMETERS],
  },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // Hashed file names: a name never changes its content.
      matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: cacheName('static'),
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeFrom: 'last-used' })],
      }),
    },
    {
      matcher: (options) => isPage(options) && offlineRuleFor(options.url.pathname) === 'study',
      handler: new NetworkFirst({
        cacheName: cacheName('pages'),
        networkTimeoutSeconds: STUDY_PAGE_TIMEOUT_SECONDS,
        plugins: [new ExpirationPlugin({ maxEntries: 100, maxAgeFrom: 'last-used' })],
      }),
    },
    {
      matcher: (options) => isFlight(options) && offlineRuleFor(options.url.pathname) === 'study',
      handler: new NetworkFirst({
        cacheName: cacheName('flight'),
        networkTimeoutSeconds: STUDY_PAGE_TIMEOUT_SECONDS,
        plugins: [
          new ExpirationPlugin({ maxEntries: 100, maxAgeFrom: 'last-used' }),
          browserNavigationWhenOffline,
        ],
      }),
    },
    {
      // Everything else of the site's pages needs the network; offline, the fallback below answers.
      matcher: (options) => isPage(options),
      handler: new NetworkOnly(),
    },
    {
      matcher: (options) => isFlight(options),
      handler: new NetworkOnly({ plugins: [browserNavigationWhenOffline] }),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PATH, matcher: ({ request }) => request.destination === 'document' }],
  },
});

/**
 * A worker's script (the article generator's) must reach it with its address whole: Turbopack's worker
 * bootstrap reads its chunk list from the fragment (#params=…), and a response fetched here carries the
 * address without it. A new response has no address of its own, so the worker keeps the one it asked for.
 * Registered before Serwist's listener, which then does not see the request.
 */
self.addEventListener('fetch', (event) => {
  if (event.request.destination !== 'worker') return;
  event.stopImmediatePropagation();
  event.respondWith(
    (async () => {
      const response =
        (await serwist.handleRequest({ request: event.request, event })) ??
        (await fetch(event.request));
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    })(),
  );
});

serwist.addEventListeners();

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter(
              (name) => name.startsWith(RUNTIME_CACHE_PREFIX) && !name.endsWith(`-${BUILD_ID}`),
            )
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});
