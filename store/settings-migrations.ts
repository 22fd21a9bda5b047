import * as z from 'zod/mini';
import { settingsStateSchema, type SettingsState } from '@/lib/quiz-play/progress-schema';

import { defaultSettings } from './persist-config';
import type { Migrated } from './safe-storage';

export { defaultSettings, SETTINGS_KEY, SETTINGS_VERSION } from './persist-config';

/**
 * Settings are independent choices, so each field is kept if it is valid and reset alone if not:
 * a bad read-aloud rate should not undo a chosen dark theme. v0 (the layout's first script) knew only
 * theme and text size; the same rule covers it.
 */
export function migrateSettingsReport(
  persisted: unknown,
  version: number,
): Migrated<SettingsState> {
  const defaults = defaultSettings();
  if (version !== 0 && version !== 1) return { state: defaults, lost: 1 };
  const source = z.record(z.string(), z.unknown()).safeParse(persisted);
  if (!source.success) return { state: defaults, lost: 1 };
  const shape = settingsStateSchema.def.shape;
  let lost = 0;
  const pick = <K extends keyof SettingsState>(key: K): SettingsState[K] => {
    // A field v0 did not have yet is not lost: it takes its default.
    if (!(key in source.data)) return defaults[key];
    const field = shape[key].safeParse(source.data[key]);
    if (field.success) return field.data as SettingsState[K];
    lost++;
    return defaults[key];
  };
  return {
    state: {
      theme: pick('theme'),
      textSize: pick('textSize'),
      timer: pick('timer'),
      readAloudRate: pick('readAloudRate'),
    },
    lost,
  };
}

export function migrateSettings(persisted: unknown, version: number): SettingsState {
  return migrateSettingsReport(persisted, version).state;
}
