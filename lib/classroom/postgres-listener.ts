import pg from 'pg';
import type { ClientConfig } from 'pg';
import { z } from 'zod';
import type { SessionEvents } from './events';

export const NOTIFY_CHANNEL = 'cited_session';

const payloadSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
  change: z.enum(['control', 'activity']),
});

/** Ping the LISTEN connection this often; a ping without an answer in time means it is gone. */
const PING_MS = 10_000;
const MAX_RECONNECT_DELAY_MS = 5_000;

export type ListenerState = 'connecting' | 'listening' | 'reconnecting' | 'closed';

/**
 * One LISTEN connection per app instance, relaying every instance's `pg_notify` announcements to this
 * instance's SSE streams. A lost connection (server restart, failover, network) reconnects with backoff;
 * notifications sent meanwhile are gone, so once listening again it re-reads the versions of every session
 * a stream here watches and announces them (clients fetch only when a version differs from theirs).
 */
export class ChangeListener {
  state: ListenerState = 'connecting';
  private client: pg.Client | null = null;
  private retries = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly options: {
      config: ClientConfig;
      changes: SessionEvents;
      catchUp: (sessionIds: readonly string[]) => Promise<Map<string, number>>;
      reconnectDelayMs: number;
      log: (message: string) => void;
    },
  ) {}

  // A getter, so TypeScript does not narrow it across an await (close() may run meanwhile).
  private get closed(): boolean {
    return this.state === 'closed';
  }

  /** The first connection must succeed: a server that cannot hear other instances must not start. */
  async start(): Promise<void> {
    await this.connect();
  }

  async close(): Promise<void> {
    this.state = 'closed';
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.options.config);
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.state = 'listening';
    this.retries = 0;
    this.pingTimer = setInterval(() => void this.ping(client), PING_MS);
    this.pingTimer.unref();
  }

  private deliver(payload: string | undefined): void {
    let parsed;
    try {
      parsed = payloadSchema.safeParse(JSON.parse(payload ?? ''));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      this.options.log(`ignored a malformed notification on ${NOTIFY_CHANNEL}: ${payload}`);
      return;
    }
    this.options.changes.publish(parsed.data.id, parsed.data.version, parsed.data.change);
  }

  /** A socket that died without closing (a cable, a NAT) is found by a query that never returns. */
  private async ping(client: pg.Client): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer to a ping')), PING_MS);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (error) {
      this.lost(client, error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: pg.Client, reason: string): void {
    // Only the current connection matters: a failed attempt is retried by reconnect() itself.
    if (client !== this.client || this.closed) return;
    this.client = null;
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.state = 'reconnecting';
    this.options.log(`the LISTEN connection was lost (${reason}); reconnecting`);
    void client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = Math.min(
      MAX_RECONNECT_DELAY_MS,
      this.options.reconnectDelayMs * 2 ** Math.min(this.retries, 10),
    );
    this.retries++;
    this.reconnectTimer = setTimeout(() => void this.reconnect(), delay);
    this.reconnectTimer.unref();
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.connect();
    } catch (error) {
      if (this.closed) return;
      if (this.retries === 1 || this.retries % 10 === 0) {
        this.options.log(
          `could not listen again (${error instanceof Error ? error.message : error}); retrying`,
        );
      }
      this.scheduleReconnect();
      return;
    }
    await this.catchUp();
  }

  /** Announces the current version of every watched session, since some announcements were missed. */
  private async catchUp(): Promise<void> {
    const watched = this.options.changes.watchedSessions();
    if (watched.length === 0) return;
    try {
      const versions = await this.options.catchUp(watched);
      for (const [id, version] of versions) this.options.changes.publish(id, version, 'control');
    } catch (error) {
      // Listening again, but the re-read failed (the database is still coming back): try it again.
      this.options.log(
        `could not re-read session versions: ${error instanceof Error ? error.message : error}`,
      );
      const retry = setTimeout(() => {
        if (this.state === 'listening') void this.catchUp();
      }, MAX_RECONNECT_DELAY_MS);
      retry.unref();
    }
  }
}
