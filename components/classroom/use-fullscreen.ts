'use client';

import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Full screen for one element (a projector's page), and whether the browser is in it now. */
export function useFullscreen(element: RefObject<HTMLElement | null>): {
  fullscreen: boolean;
  toggle: () => void;
} {
  const [fullscreen, setFullscreen] = useState(false);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void element.current?.requestFullscreen?.().catch(() => undefined);
  }, [element]);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return { fullscreen, toggle };
}
