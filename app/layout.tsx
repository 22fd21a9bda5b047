import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { KeptAsideNotice } from '@/components/settings/kept-aside-notice';
import { StorageNotice } from '@/components/settings/storage-notice';
import { ServiceWorkerRegistration } from '@/components/offline/service-worker-registration';
import { SiteHeader } from '@/components/site/site-header';
import { StoreProviders } from '@/store/store-providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cited — quizzes from real articles', template: '%s · Cited' },
  description:
    'Civic-education quizzes generated from a real article, where every answer links to the sentence that proves it.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

// Applies the saved theme and text size before first paint, so there is no flash of the wrong theme.
// Reads the settings store's persisted value (store/settings-store.ts owns the key and its shape).
const applySettingsBeforePaint = `try{var s=JSON.parse(localStorage.getItem('cited:settings')||'null');s=s&&s.state;var d=document.documentElement;if(s&&(s.theme==='light'||s.theme==='dark'))d.dataset.theme=s.theme;if(s&&(s.textSize==='large'||s.textSize==='x-large'))d.dataset.textSize=s.textSize;}catch(e){}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts gives every page a nonce; reading it makes every page render per request, as a nonce needs.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: applySettingsBeforePaint }} />
      </head>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <StoreProviders>
          <a
            href="#main"
            className="sr-only z-50 rounded bg-accent px-4 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
          >
            Skip to content
          </a>
          <SiteHeader />
          <StorageNotice />
          <KeptAsideNotice />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-4xl flex-1 px-4 py-4 sm:py-10"
          >
            {children}
          </main>
          <footer className="site-chrome no-print border-t border-border px-4 py-6 text-center text-sm text-muted">
            Cited — every answer points back to the sentence that proves it. Your progress stays in
            this browser.
          </footer>
        </StoreProviders>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
