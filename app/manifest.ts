import type { MetadataRoute } from 'next';

/** Installable: the library opens as an app of its own, and works offline (lib/offline/service-worker.ts). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Cited — quizzes from real articles',
    short_name: 'Cited',
    description:
      'Civic-education quizzes generated from a real article, where every answer links to the sentence that proves it.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
