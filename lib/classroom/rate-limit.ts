import type { AttemptCounters, AttemptWindow } from './store';

/** What withCodeLimit and the join budget need of a limiter. */
export interface AttemptLimiter {
  /** Seconds until the key may try again, or 0 when it is not limited. */
  retryAfter(key: string): Promise<number>;
  /** Counts one attempt. */
  hit(key: string): Promise<void>;
  /**
   * Checks the key and, when it may go on, holds a place for the attempt on this instance until `done`:
   * a burst of concurrent attempts cannot all pass the check before the first of them is counted.
   */
  admit(key: string): Promise<{ retryAfter: number; done: () => void }>;
}

/**
 * Attempts on their way (checked, not yet counted or given up) on this instance, per key. The counters in
 * the store are shared by every instance; this closes the gap between a check and its count, which a burst
 * of requests would otherwise slip through (with PostgreSQL, where the store calls really are concurrent).
 */
abstract class CountedLimiter implements AttemptLimiter {
  private readonly inFlight = new Map<string, number>();

  protected abstract wait(window: AttemptWindow | undefined, extra: number, now: number): number;
  protected abstract key(key: string): string;

  constructor(
    protected readonly counters: AttemptCounters,
    protected readonly windowMs: number,
    protected readonly now: () => number,
  ) {}

  async retryAfter(key: string): Promise<number> {
    return this.check(key, this.inFlight.get(key) ?? 0);
  }

  async hit(key: string): Promise<void> {
    await this.counters.countAttempt([this.key(key)], this.windowMs, this.now());
  }

  async admit(key: string): Promise<{ retryAfter: number; done: () => void }> {
    // Taken before the first await, so requests arriving together see each other.
    const others = this.inFlight.get(key) ?? 0;
    this.inFlight.set(key, others + 1);
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left > 0) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
    };
    try {
      const retryAfter = await this.check(key, others);
      if (retryAfter > 0) done();
      return { retryAfter, done };
    } catch (error) {
      done();
      throw error;
    }
  }

  private async check(key: string, extra: number): Promise<number> {
    const now = this.now();
    const name = this.key(key);
    const window = (await this.counters.attempts([name], this.windowMs, now)).get(name);
    return this.wait(window, extra, now);
  }
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
 * sized for typos (a school's students share one address), then waits that double with each further wrong
 * code (2 s, 4 s, 8 s … until the window ends): a class barely notices (a burst of typos past the budget
 * costs its new joiners a 2 s wait), and a guesser gets about budget + log2(window / 2 s) tries per window.
 * The address is the socket's unless a trusted proxy is configured.
 */
export class CodeGuessLimiter extends CountedLimiter {
  constructor(
    counters: AttemptCounters,
    private readonly limits: CodeGuessLimits,
    now: () => number = Date.now,
  ) {
    super(counters, limits.windowMs, now);
  }

  protected key(address: string) {
    return `wrong-code:${address}`;
  }

  protected wait(window: AttemptWindow | undefined, inFlight: number, now: number): number {
    const counted = window?.count ?? 0;
    // Within the budget, lookups on their way may use what is left of it, not more.
    if (!window || counted < this.limits.perAddress) {
      return counted + inFlight < this.limits.perAddress ? 0 : 1;
    }
    const over = counted - this.limits.perAddress;
    const until = Math.min(
      window.lastAt + FIRST_WAIT_MS * 2 ** Math.min(over, 30),
      window.windowStart + this.limits.windowMs,
    );
    if (until > now) return Math.ceil((until - now) / 1000);
    // The wait is over: one try at a time, until the next wrong code sets the next wait.
    return inFlight > 0 ? 1 : 0;
  }
}

/**
 * A plain budget: `limit` counted attempts per key per fixed window (sessions started per address, students
 * joining one session). Counting and checking are separate calls, so a caller counts only what it lets
 * through and a refused attempt does not extend anyone's wait.
 */
export class WindowBudget extends CountedLimiter {
  constructor(
    counters: AttemptCounters,
    private readonly options: { prefix: string; limit: number; windowMs: number },
    now: () => number = Date.now,
  ) {
    super(counters, options.windowMs, now);
  }

  protected key(key: string) {
    return `${this.options.prefix}:${key}`;
  }

  protected wait(window: AttemptWindow | undefined, inFlight: number, now: number): number {
    if ((window?.count ?? 0) + inFlight < this.options.limit) return 0;
    if (!window) return 1;
    return Math.max(1, Math.ceil((window.windowStart + this.windowMs - now) / 1000));
  }
}
