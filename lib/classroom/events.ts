import { EventEmitter } from 'node:events';

/** `control`: what students see changed (start, next, reveal, end); `activity`: joins and answers. */
export type SessionChange = 'control' | 'activity';

/**
 * This instance's fan-out of "session changed" signals to its open SSE streams. Clients then fetch their
 * own view, so a signal carries no answers or keys. The store feeds it: SQLite after each commit, PostgreSQL
 * from its LISTEN connection, which relays every instance's writes (this one's included).
 */
export class SessionEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open stream; a class of 300 is normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  publish(sessionId: string, version: number, change: SessionChange): void {
    this.emitter.emit(sessionId, version, change);
  }

  subscribe(
    sessionId: string,
    listener: (version: number, change: SessionChange) => void,
  ): () => void {
    this.emitter.on(sessionId, listener);
    return () => this.emitter.off(sessionId, listener);
  }

  listenerCount(sessionId: string): number {
    return this.emitter.listenerCount(sessionId);
  }

  /** Sessions with at least one open stream here: the ones to catch up after signals may have been missed. */
  watchedSessions(): string[] {
    return this.emitter.eventNames().filter((name): name is string => typeof name === 'string');
  }
}
