import { describe, expect, it } from 'vitest';
import { CodeGuessLimiter, RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('limits a key after `limit` hits until its window ends, per key', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.hit('a');
    }
    expect(limiter.retryAfter('a')).toBe(60);
    expect(limiter.retryAfter('b')).toBe(0);
    now = 59_500;
    expect(limiter.retryAfter('a')).toBe(1);
    now = 60_000;
    expect(limiter.retryAfter('a')).toBe(0);
  });
});

describe('CodeGuessLimiter', () => {
  it('limits each address, and everyone once wrong guesses from all addresses pass the ceiling', () => {
    let now = 0;
    const limiter = new CodeGuessLimiter(
      new RateLimiter(2, 60_000, () => now),
      new RateLimiter(5, 60_000, () => now),
    );
    limiter.hit('a');
    limiter.hit('a');
    expect(limiter.retryAfter('a')).toBe(60);
    expect(limiter.retryAfter('b')).toBe(0);
    // Forged addresses: each new one gets its own per-address budget, but the shared ceiling holds.
    for (const forged of ['x1', 'x2', 'x3']) limiter.hit(forged);
    expect(limiter.retryAfter('c')).toBe(60);
    now = 60_000;
    expect(limiter.retryAfter('c')).toBe(0);
  });
});
