import { EventEmitter } from 'node:events';

/**
 * In-process fan-out of "session changed" signals to open SSE streams. Clients then fetch their own view,
 * so the signal carries no answers or keys. One app instance only: several instances would relay these
 * signals through the database (PostgreSQL LISTEN/NOTIFY), see the README.
 */
/** `control`: what students see changed (start, next, reveal, end); `activity`: joins and answers. */
export type SessionChange = 'control' | 'activity';

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
}
