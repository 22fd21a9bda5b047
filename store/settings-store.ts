import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { SettingsState } from '@/lib/quiz-play/progress-schema';
import { createPersistedStoreContext, type PersistedStoreApi } from './persisted-store-context';
import { createSafeStorage, guardedMerge, guardedMigration } from './safe-storage';
import { defaultSettings, SETTINGS_KEY, SETTINGS_VERSION } from './persist-config';
import { migrations } from './lazy-migrations';

export interface SettingsActions {
  change: (change: Partial<SettingsState>) => void;
}
export type SettingsStore = SettingsState & SettingsActions;

function pickSettings(state: SettingsState): SettingsState {
  return {
    theme: state.theme,
    textSize: state.textSize,
    timer: state.timer,
    readAloudRate: state.readAloudRate,
  };
}

export function createSettingsStore(
  storage = createSafeStorage<SettingsState>(),
): PersistedStoreApi<SettingsStore> {
  const migrate = guardedMigration(
    storage,
    SETTINGS_KEY,
    SETTINGS_VERSION,
    (persisted, version) => migrations().migrateSettingsReport(persisted, version),
    defaultSettings,
  );
  const merge = guardedMerge<SettingsState, SettingsStore>(
    storage,
    SETTINGS_KEY,
    SETTINGS_VERSION,
    (persisted, version) => migrations().migrateSettingsReport(persisted, version),
    defaultSettings,
  );
  const store = createStore<SettingsStore>()(
    persist<SettingsStore, [], [], SettingsState>(
      (set, get) => ({
        ...defaultSettings(),
        // Controls offer only valid values (typed); stored values are the ones that get validated.
        change: (change) => set({ ...pickSettings(get()), ...change }),
      }),
      {
        name: SETTINGS_KEY,
        version: SETTINGS_VERSION,
        storage,
        skipHydration: true,
        partialize: (state) => pickSettings(state),
        migrate,
        // Same-version values skip migrate: merge checks their seal, or validates them record by record
        // (what cannot be read is kept aside, never written over).
        merge,
      },
    ),
  ) as PersistedStoreApi<SettingsStore>;
  store.needsValidators = () => storage.needsValidation(SETTINGS_KEY, SETTINGS_VERSION);
  return store;
}

/** Mirrors theme and text size onto <html>, as the layout's pre-paint script does on load. */
export function applySettingsToDocument(settings: Pick<SettingsState, 'theme' | 'textSize'>) {
  const root = document.documentElement;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  if (settings.textSize === 'normal') delete root.dataset.textSize;
  else root.dataset.textSize = settings.textSize;
}

const context = createPersistedStoreContext('SettingsStoreProvider', () => createSettingsStore(), {
  syncAcrossTabs: true,
  onStore: (store) => {
    if (store.persist.hasHydrated()) applySettingsToDocument(store.getState());
    return store.subscribe((state, previous) => {
      if (state.theme !== previous.theme || state.textSize !== previous.textSize) {
        applySettingsToDocument(state);
      }
    });
  },
});
export const SettingsStoreProvider = context.Provider;
export const useSettingsStore = context.useSelector;
export const useSettingsHydrated = context.useHydrated;
