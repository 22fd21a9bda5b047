'use client';

import { useEffect, useState } from 'react';

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Time spent so far, shown only when the learner turns the timer on. It counts up and never ends a question. */
export function ElapsedTimer({
  baseMs,
  running,
  startedAt,
}: {
  baseMs: number;
  running: boolean;
  startedAt: number;
}) {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [running]);
  const live = running && now ? Math.max(0, now - startedAt) : 0;
  return (
    <p className="font-mono text-sm text-muted tabular-nums">
      Time: <span>{clock(baseMs + live)}</span>
    </p>
  );
}
