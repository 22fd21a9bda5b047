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
