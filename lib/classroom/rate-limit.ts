import type { AttemptCounters } from './store';

/** What withCodeLimit needs of a limiter. */
export interface AttemptLimiter {
  /** Seconds until the key may try again, or 0 when it is not limited. */
  retryAfter(key: string): Promise<number>;
  /** Counts one (failed) attempt. */
  hit(key: string): Promise<void>;
}

export interface CodeGuessLimits {
  /** Wrong codes an address may try in one window before it has to wait. */
  perAddress: number;
  windowMs: number;
}

/** The first wait once an address has used its budget; each further wrong code doubles it. */
const FIRST_WAIT_MS = 2_000;

/**
 * Wrong join codes per address, counted in the shared store so the limit holds across instances. There is
 * no ceiling for all addresses together: one client could spend it and lock every class out. A budget
 * sized for a class's typos (a school's students share one address), then waits that double with each
 * further wrong code (2 s, 4 s, 8 s … until the window ends): a class barely notices, and a guesser gets
 * about budget + log2(window / 2 s) tries per window (with 30-bit codes and a few hundred live sessions,
 * years per address to find any class). The address is the socket's unless a trusted proxy is configured.
 */
export class CodeGuessLimiter implements AttemptLimiter {
  constructor(
    private readonly counters: AttemptCounters,
    private readonly limits: CodeGuessLimits,
    private readonly now: () => number = Date.now,
  ) {}

  async retryAfter(address: string): Promise<number> {
    const now = this.now();
    const window = (
      await this.counters.attempts([codeKey(address)], this.limits.windowMs, now)
    ).get(codeKey(address));
    if (!window || window.count < this.limits.perAddress) return 0;
    const over = window.count - this.limits.perAddress;
    const until = Math.min(
      window.lastAt + FIRST_WAIT_MS * 2 ** Math.min(over, 30),
      window.windowStart + this.limits.windowMs,
    );
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  async hit(address: string): Promise<void> {
    await this.counters.countAttempt([codeKey(address)], this.limits.windowMs, this.now());
  }
}

const codeKey = (address: string) => `wrong-code:${address}`;

/**
 * A plain budget: `limit` counted attempts per key per fixed window (sessions started per address, students
 * joining one session). Counting and checking are separate calls, so a caller counts only what it lets
 * through and a refused attempt does not extend anyone's wait.
 */
export class WindowBudget implements AttemptLimiter {
  constructor(
    private readonly counters: AttemptCounters,
    private readonly options: { prefix: string; limit: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  async retryAfter(key: string): Promise<number> {
    const now = this.now();
    const name = `${this.options.prefix}:${key}`;
    const window = (await this.counters.attempts([name], this.options.windowMs, now)).get(name);
    if (!window || window.count < this.options.limit) return 0;
    return Math.max(1, Math.ceil((window.windowStart + this.options.windowMs - now) / 1000));
  }

  async hit(key: string): Promise<void> {
    await this.counters.countAttempt(
      [`${this.options.prefix}:${key}`],
      this.options.windowMs,
      this.now(),
    );
  }
}
