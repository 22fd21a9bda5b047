import * as z from 'zod/mini';
import { settingsStateSchema, type SettingsState } from '@/lib/quiz-play/progress-schema';

import { defaultSettings } from './persist-config';

export { defaultSettings, SETTINGS_KEY, SETTINGS_VERSION } from './persist-config';

/**
 * Settings are independent choices, so each field is kept if it is valid and reset alone if not:
 * a bad read-aloud rate should not undo a chosen dark theme. v0 (the layout's first script) knew only
 * theme and text size; the same rule covers it.
 */
export function migrateSettings(persisted: unknown, version: number): SettingsState {
  const defaults = defaultSettings();
  if (version !== 0 && version !== 1) return defaults;
  const source = z.record(z.string(), z.unknown()).safeParse(persisted);
  if (!source.success) return defaults;
  const shape = settingsStateSchema.def.shape;
  const pick = <K extends keyof SettingsState>(key: K): SettingsState[K] => {
    const field = shape[key].safeParse(source.data[key]);
    return field.success ? (field.data as SettingsState[K]) : defaults[key];
  };
  return {
    theme: pick('theme'),
    textSize: pick('textSize'),
    timer: pick('timer'),
    readAloudRate: pick('readAloudRate'),
  };
}
