import type { AttemptCounters } from './store';

/** What withCodeLimit needs of a limiter. */
export interface AttemptLimiter {
  /** Seconds until the key may try again, or 0 when it is not limited. */
  retryAfter(key: string): Promise<number>;
  /** Counts one (failed) attempt. */
  hit(key: string): Promise<void>;
}

export interface CodeGuessLimits {
  perAddress: number;
  total: number;
  windowMs: number;
}

const TOTAL_KEY = 'join-code:*';
const addressKey = (address: string) => `join-code:${address}`;

/**
 * Wrong join codes, counted in the shared store so the limits hold across instances: a per-address limit
 * plus a ceiling for everyone together. The address comes from x-forwarded-for, which a client can forge
 * when no proxy overwrites it; the shared ceiling keeps code enumeration infeasible even then (30-bit codes,
 * a few hundred live sessions: at 600 wrong guesses a minute, finding any class takes days, longer than a
 * session lives). Each check and each hit is one round trip for both counters.
 */
export class CodeGuessLimiter implements AttemptLimiter {
  constructor(
    private readonly counters: AttemptCounters,
    private readonly limits: CodeGuessLimits,
    private readonly now: () => number = Date.now,
  ) {}

  async retryAfter(address: string): Promise<number> {
    const now = this.now();
    const key = addressKey(address);
    const windows = await this.counters.attempts([key, TOTAL_KEY], this.limits.windowMs, now);
    const wait = (window: { count: number; windowStart: number } | undefined, limit: number) =>
      window && window.count >= limit
        ? Math.max(1, Math.ceil((window.windowStart + this.limits.windowMs - now) / 1000))
        : 0;
    return Math.max(
      wait(windows.get(key), this.limits.perAddress),
      wait(windows.get(TOTAL_KEY), this.limits.total),
    );
  }

  async hit(address: string): Promise<void> {
    await this.counters.countAttempt(
      [addressKey(address), TOTAL_KEY],
      this.limits.windowMs,
      this.now(),
    );
  }
}
