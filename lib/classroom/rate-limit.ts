/**
 * Fixed-window counter per key (an IP address). In memory: one app instance; several instances would keep
 * the counters in the shared database or Redis instead.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it is not limited. */
  retryAfter(key: string): number {
    const window = this.current(key);
    return window.count >= this.limit
      ? Math.max(1, Math.ceil((window.start + this.windowMs - this.now()) / 1000))
      : 0;
  }

  /** Counts one (failed) attempt. */
  hit(key: string): void {
    this.current(key).count++;
  }

  private current(key: string) {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.sweep(now);
    }
    return window;
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}

/** What withCodeLimit needs of a limiter. */
export interface AttemptLimiter {
  retryAfter(key: string): number;
  hit(key: string): void;
}

/**
 * A per-address limit plus a ceiling on wrong codes from everyone together. The address comes from
 * x-forwarded-for, which a client can forge when no proxy overwrites it; the shared ceiling keeps code
 * enumeration infeasible even then (30-bit codes, a few hundred live sessions: at 600 wrong guesses a
 * minute, finding any class takes days, longer than a session lives).
 */
export class CodeGuessLimiter implements AttemptLimiter {
  constructor(
    private readonly perAddress: RateLimiter,
    private readonly total: RateLimiter,
  ) {}

  retryAfter(key: string): number {
    return Math.max(this.perAddress.retryAfter(key), this.total.retryAfter('*'));
  }

  hit(key: string): void {
    this.perAddress.hit(key);
    this.total.hit('*');
  }
}
