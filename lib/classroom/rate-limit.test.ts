import { describe, expect, it } from 'vitest';
import { CodeGuessLimiter } from './rate-limit';
import { SqliteStore } from './sqlite-store';

// The counters live in the store (both backends are covered by store.test.ts); SQLite in memory here.
function limiter(perAddress: number, total: number) {
  const clock = { now: 0 };
  const limits = { perAddress, total, windowMs: 60_000 };
  return {
    clock,
    limiter: new CodeGuessLimiter(new SqliteStore(':memory:'), limits, () => clock.now),
  };
}

describe('CodeGuessLimiter', () => {
  it('limits an address after `perAddress` wrong codes until its window ends, per address', async () => {
    const { clock, limiter: codes } = limiter(3, 1000);
    for (let i = 0; i < 3; i++) {
      expect(await codes.retryAfter('a')).toBe(0);
      await codes.hit('a');
    }
    expect(await codes.retryAfter('a')).toBe(60);
    expect(await codes.retryAfter('b')).toBe(0);
    clock.now = 59_500;
    expect(await codes.retryAfter('a')).toBe(1);
    clock.now = 60_000;
    expect(await codes.retryAfter('a')).toBe(0);
  });

  it('limits everyone once wrong codes from all addresses pass the ceiling', async () => {
    const { clock, limiter: codes } = limiter(2, 5);
    await codes.hit('a');
    await codes.hit('a');
    expect(await codes.retryAfter('a')).toBe(60);
    expect(await codes.retryAfter('b')).toBe(0);
    // Forged addresses: each new one gets its own per-address budget, but the shared ceiling holds.
    for (const forged of ['x1', 'x2', 'x3']) await codes.hit(forged);
    expect(await codes.retryAfter('c')).toBe(60);
    clock.now = 60_000;
    expect(await codes.retryAfter('c')).toBe(0);
  });
});
