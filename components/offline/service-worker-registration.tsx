'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker (public/sw.js, built after `next build`) once the page has loaded, so its
 * precaching never competes with the page's own first load. Production only: a development server's files
 * change under it.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => {
      // The worker's own script is always revalidated (updateViaCache: 'none'): a new build is found on
      // the next visit. A failure (private mode, a browser that refuses) leaves the site as it was.
      navigator.serviceWorker
        .register('/sw.js', { scope: '/', updateViaCache: 'none' })
        .catch(() => undefined);
    };
    if (document.readyState === 'complete') register();
    else {
      window.addEventListener('load', register, { once: true });
      return () => window.removeEventListener('load', register);
    }
  }, []);
  return null;
}
