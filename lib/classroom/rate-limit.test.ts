import { describe, expect, it } from 'vitest';
import { CodeGuessLimiter, WindowBudget } from './rate-limit';
import { SqliteStore } from './sqlite-store';

// The counters live in the store (both backends are covered by store.test.ts); SQLite in memory here.
const MINUTE = 60_000;

function codes(perAddress: number, windowMs = 10 * MINUTE) {
  const clock = { now: 0 };
  const limiter = new CodeGuessLimiter(
    new SqliteStore(':memory:'),
    { perAddress, windowMs },
    () => clock.now,
  );
  return { clock, limiter };
}

describe('CodeGuessLimiter', () => {
  it('lets an address use its budget, then makes it wait 2 s after the last wrong code', async () => {
    const { clock, limiter } = codes(3);
    for (let i = 0; i < 3; i++) {
      expect(await limiter.retryAfter('a')).toBe(0);
      await limiter.hit('a');
      clock.now += 100;
    }
    expect(await limiter.retryAfter('a')).toBe(2);
    // Another address (another school) is not affected: there is no ceiling for everyone together.
    expect(await limiter.retryAfter('b')).toBe(0);
    clock.now = 200 + 2_000;
    expect(await limiter.retryAfter('a')).toBe(0);
  });

  it('doubles the wait with each further wrong code, up to the end of the window', async () => {
    const { clock, limiter } = codes(2, 10 * MINUTE);
    await limiter.hit('a');
    await limiter.hit('a');
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const wait = await limiter.retryAfter('a');
      waits.push(wait);
      clock.now += wait * 1000;
      await limiter.hit('a');
    }
    // At 510 s the next wait (512 s) would pass the window's end at 600 s: it ends there, and the window
    // after it starts with a fresh budget.
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 90, 0]);
  });

  it('holds however many addresses one client claims: it only sees the ones it is given', async () => {
    const { limiter } = codes(2);
    // The limiter is keyed by the address the server determined (the socket's), never a header.
    for (let i = 0; i < 50; i++) await limiter.hit('203.0.113.9');
    expect(await limiter.retryAfter('203.0.113.9')).toBeGreaterThan(0);
    expect(await limiter.retryAfter('198.51.100.1')).toBe(0);
  });
});

describe('admit', () => {
  it('lets no more lookups run at once than the budget has left, however many arrive together', async () => {
    const { limiter } = codes(5);
    await limiter.hit('a');
    await limiter.hit('a');
    const burst = await Promise.all(Array.from({ length: 50 }, () => limiter.admit('a')));
    const admitted = burst.filter((attempt) => attempt.retryAfter === 0);
    expect(admitted).toHaveLength(3);
    // Each admitted lookup that found no session is counted, then gives its place back.
    for (const attempt of admitted) {
      await limiter.hit('a');
      attempt.done();
    }
    expect((await limiter.admit('a')).retryAfter).toBe(2);
  });

  it('gives the place back when a lookup succeeds, so right codes never use the budget', async () => {
    const { limiter } = codes(1);
    for (let i = 0; i < 10; i++) {
      const attempt = await limiter.admit('a');
      expect(attempt.retryAfter).toBe(0);
      attempt.done();
      attempt.done();
    }
  });

  it('holds a place for every join on its way, for a per-session budget too', async () => {
    const budget = new WindowBudget(new SqliteStore(':memory:'), {
      prefix: 'join-session',
      limit: 4,
      windowMs: MINUTE,
    });
    const burst = await Promise.all(Array.from({ length: 20 }, () => budget.admit('s1')));
    expect(burst.filter((attempt) => attempt.retryAfter === 0)).toHaveLength(4);
  });
});

describe('WindowBudget', () => {
  it('allows `limit` per key per window, counted apart per key', async () => {
    const clock = { now: 0 };
    const budget = new WindowBudget(
      new SqliteStore(':memory:'),
      { prefix: 'new-session', limit: 2, windowMs: MINUTE },
      () => clock.now,
    );
    await budget.hit('a');
    clock.now = 10_000;
    expect(await budget.retryAfter('a')).toBe(0);
    await budget.hit('a');
    expect(await budget.retryAfter('a')).toBe(50);
    expect(await budget.retryAfter('b')).toBe(0);
    clock.now = MINUTE;
    expect(await budget.retryAfter('a')).toBe(0);
  });
});
