'use client';

import type { ReactNode } from 'react';
import { AttemptStoreProvider } from './attempt-store';
import { MyArticlesStoreProvider } from './my-articles-store';
import { ProgressStoreProvider } from './progress-store';
import { SettingsStoreProvider } from './settings-store';

/** All client stores, mounted once in the root layout. */
export function StoreProviders({ children }: { children: ReactNode }) {
  return (
    <SettingsStoreProvider>
      <ProgressStoreProvider>
        <AttemptStoreProvider>
          <MyArticlesStoreProvider>{children}</MyArticlesStoreProvider>
        </AttemptStoreProvider>
      </ProgressStoreProvider>
    </SettingsStoreProvider>
  );
}
