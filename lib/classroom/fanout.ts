/**
 * One read per instance per change, whatever the size of the class: every student stream on this instance
 * that hears of version n of a session asks for its public state, and the first ask reads it from the store
 * while the others share that read. The store's notification carries only the version (PostgreSQL's
 * NOTIFY payload is limited to 8000 bytes, less than a question with its evidence), so each instance reads
 * the state once and fans it out to its own phones.
 */
export class SharedReads<T> {
  private readonly latest = new Map<string, { atLeast: number; read: Promise<T | null> }>();

  constructor(
    private readonly read: (sessionId: string) => Promise<T | null>,
    private readonly maxSessions = 500,
  ) {}

  /**
   * The state at `version` or later. A read started after version n was announced (so after it committed)
   * sees n or later, and serves every ask up to n; an ask for a newer version starts a new read.
   */
  get(sessionId: string, version: number): Promise<T | null> {
    const cached = this.latest.get(sessionId);
    if (cached && cached.atLeast >= version) return cached.read;
    const read = this.read(sessionId).then(
      (value) => value,
      (error: unknown) => {
        // A failed read is not kept: the next change (or a phone's own fetch) tries again.
        if (this.latest.get(sessionId)?.read === read) this.latest.delete(sessionId);
        throw error;
      },
    );
    // A long-running server forgets old sessions rather than grow.
    if (!cached && this.latest.size >= this.maxSessions) this.latest.clear();
    this.latest.set(sessionId, { atLeast: version, read });
    return read;
  }
}
