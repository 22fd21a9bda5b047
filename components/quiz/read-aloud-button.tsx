'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

const noop = () => () => {};
const hasSpeech = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

/** Reads `text` with the Web Speech API; renders nothing where the browser has no speech synthesis. */
export function ReadAloudButton({ text, rate }: { text: string; rate: number }) {
  const supported = useSyncExternalStore(noop, hasSpeech, () => false);
  const [speaking, setSpeaking] = useState(false);

  // Stop reading when the text changes (a new question) or the component leaves.
  useEffect(
    () => () => {
      if (hasSpeech()) window.speechSynthesis.cancel();
    },
    [text],
  );

  if (!supported) return null;
  const toggle = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = rate;
    utterance.lang = 'en';
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };
  return (
    <button
      type="button"
      onClick={toggle}
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-border px-3 text-sm font-semibold text-fg hover:border-accent"
    >
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-5">
        {speaking ? (
          <rect x="5" y="5" width="10" height="10" rx="1" />
        ) : (
          <path d="M9.4 3.2a.75.75 0 0 1 1.1.66v12.28a.75.75 0 0 1-1.1.66L5.2 13.5H3a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1h2.2l4.2-3.3Zm4.3 2.6a.75.75 0 0 1 1.06 0 6 6 0 0 1 0 8.4.75.75 0 1 1-1.06-1.06 4.5 4.5 0 0 0 0-6.28.75.75 0 0 1 0-1.06Z" />
        )}
      </svg>
      {speaking ? 'Stop reading' : 'Read aloud'}
    </button>
  );
}
