'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SettingsState } from '@/lib/quiz-play/progress-schema';
import { TEXT_SIZES, THEMES } from '@/lib/quiz-play/settings-options';
import { useSettingsHydrated, useSettingsStore } from '@/store/settings-store';

const THEME_LABELS: Record<SettingsState['theme'], string> = {
  system: 'Follow my device',
  light: 'Light',
  dark: 'Dark',
};
const SIZE_LABELS: Record<SettingsState['textSize'], string> = {
  normal: 'Normal',
  large: 'Large',
  'x-large': 'Extra large',
};
const RATES = [
  { value: 0.75, label: 'Slower' },
  { value: 1, label: 'Normal' },
  { value: 1.25, label: 'Faster' },
];

/** The header's Settings disclosure: theme, text size, timer and read-aloud speed, saved in this browser. */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  // Until the saved settings are read, a change would overwrite them with defaults.
  const hydrated = useSettingsHydrated();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const settings = useSettingsStore(
    useShallow((state) => ({
      theme: state.theme,
      textSize: state.textSize,
      timer: state.timer,
      readAloudRate: state.readAloudRate,
      change: state.change,
    })),
  );

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    // The panel is placed against the header's row (the nearest positioned box), not this button: with
    // large text the row wraps and the button may sit at its left, where a right-aligned panel would
    // leave the screen.
    <div ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md text-accent underline-offset-4 hover:underline"
      >
        <span aria-hidden="true" className="text-xl leading-none sm:text-base">
          ⚙
        </span>{' '}
        <span className="max-sm:sr-only">Settings</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute top-full right-2 z-30 mt-1 max-h-[calc(100dvh-5rem)] w-[min(20rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-border bg-bg p-4 shadow-lg sm:right-4"
      >
        <fieldset disabled={!hydrated} className="contents">
          <fieldset>
            <legend className="font-semibold">Theme</legend>
            {THEMES.map((theme) => (
              <label key={theme} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="settings-theme"
                  checked={settings.theme === theme}
                  onChange={() => settings.change({ theme })}
                  className="size-5 accent-accent"
                />
                {THEME_LABELS[theme]}
              </label>
            ))}
          </fieldset>
          <fieldset className="mt-3">
            <legend className="font-semibold">Text size</legend>
            {TEXT_SIZES.map((textSize) => (
              <label key={textSize} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="settings-text-size"
                  checked={settings.textSize === textSize}
                  onChange={() => settings.change({ textSize })}
                  className="size-5 accent-accent"
                />
                {SIZE_LABELS[textSize]}
              </label>
            ))}
          </fieldset>
          <label className="mt-3 flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              checked={settings.timer}
              onChange={(event) => settings.change({ timer: event.target.checked })}
              className="size-5 accent-accent"
            />
            Show time spent while answering
          </label>
          <label className="mt-3 block font-semibold" htmlFor={`${panelId}-rate`}>
            Read-aloud speed
          </label>
          <select
            id={`${panelId}-rate`}
            value={String(settings.readAloudRate)}
            onChange={(event) => settings.change({ readAloudRate: Number(event.target.value) })}
            className="mt-1 min-h-11 w-full rounded-md border border-border bg-bg px-2"
          >
            {RATES.map((rate) => (
              <option key={rate.value} value={String(rate.value)}>
                {rate.label}
              </option>
            ))}
          </select>
        </fieldset>
        <p className="mt-4 border-t border-border pt-3">
          <Link
            href="/progress"
            onClick={() => setOpen(false)}
            className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
          >
            Your progress: export, import, reset
          </Link>
        </p>
      </div>
    </div>
  );
}
