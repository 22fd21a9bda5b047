import { describe, expect, it } from 'vitest';
import v0 from './fixtures/settings.v0.json';
import v1 from './fixtures/settings.v1.json';
import { defaultSettings, migrateSettings, SETTINGS_VERSION } from './settings-migrations';

describe('migrateSettings', () => {
  it('is at version 1', () => expect(SETTINGS_VERSION).toBe(1));

  it('v0 (theme and text size only) → current, with defaults for the rest', () => {
    expect(migrateSettings(v0.state, v0.version)).toEqual({
      theme: 'dark',
      textSize: 'large',
      timer: false,
      readAloudRate: 1,
    });
  });

  it('v1 → current unchanged', () => {
    expect(migrateSettings(v1.state, v1.version)).toEqual(v1.state);
  });

  it('resets only the fields that are invalid', () => {
    expect(
      migrateSettings({ theme: 'dark', textSize: 'huge', timer: 'yes', readAloudRate: 9 }, 1),
    ).toEqual({ ...defaultSettings(), theme: 'dark' });
  });

  it.each([null, 'x', 42, []])('falls back to defaults for %j', (value) => {
    expect(migrateSettings(value, 1)).toEqual(defaultSettings());
  });

  it('ignores unknown versions', () => {
    expect(migrateSettings(v1.state, 7)).toEqual(defaultSettings());
  });
});
