import pg from 'pg';
import type { ClientConfig, CustomTypesConfig, Pool, PoolClient } from 'pg';
import { SessionEvents } from './events';
import {
  ANSWER_ROW_BYTES,
  MIGRATIONS,
  PARTICIPANT_ROW_BYTES,
  SCHEMA_VERSION,
  SchemaTooNewError,
} from './migrations';
import { ChangeListener, NOTIFY_CHANNEL } from './postgres-listener';
import type {
  AddParticipantResult,
  AnswerGuard,
  AnswerRecord,
  AttemptWindow,
  CodeRelease,
  NewParticipant,
  NewSession,
  ParticipantRecord,
  RecordAnswerResult,
  GenerationResult,
  NewWorkspaceArticle,
  QuestionEditRecord,
  RoomRequest,
  SessionPatch,
  SessionRecord,
  SessionSnapshot,
  Store,
  StoreHealth,
  WorkspaceArticleRecord,
  WorkspaceArticleSummary,
  WorkspaceRecord,
} from './store';
import { StoreUnusableError } from './store-errors';
import {
  ANSWER_COLUMNS,
  PARTICIPANT_COLUMNS,
  SESSION_COLUMNS,
  toAnswer,
  toAttemptWindow,
  toParticipant,
  toQuestionEdit,
  toSession,
  toWorkspaceArticle,
  toWorkspaceArticleSummary,
  WORKSPACE_ARTICLE_COLUMNS,
  WORKSPACE_ARTICLE_SUMMARY_COLUMNS,
  type AnswerRow,
  type AttemptRow,
  type ParticipantRow,
  type QuestionEditRow,
  type SessionRow,
  type WorkspaceArticleRow,
  type WorkspaceArticleSummaryRow,
} from './store-rows';

// Times are BIGINT milliseconds and counts are BIGINT: both fit a JavaScript number exactly.
const parseInt8 = (value: string) => Number(value);
const TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

/** The `pg_notify` call every write makes in its own transaction: delivered to listeners on commit only. */
const notify = (change: 'control' | 'activity', table: string) =>
  `pg_notify('${NOTIFY_CHANNEL}', json_build_object('id', ${table}.id, 'version', ${table}.version, 'change', '${change}')::text)`;

/** Any number that fits in a 64-bit lock id; it only has to differ from other apps' advisory locks. */
const MIGRATION_LOCK = 727_144_001;
/** Making room under the storage bound, one instance at a time (so two never both delete for one need). */
const ROOM_LOCK = 727_144_002;

/**
 * Runs pending migrations in one transaction under an advisory lock, so instances starting together migrate
 * once; refuses a database a newer build has migrated. `upTo` stops early (tests build frozen older versions).
 */
export async function migratePostgres(pool: Pool, upTo = SCHEMA_VERSION): Promise<number> {
  return transaction(pool, async (client) => {
    await client.query('SET LOCAL statement_timeout = 0');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS cited_schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const current = await schemaVersion(client);
    if (current > SCHEMA_VERSION) throw new SchemaTooNewError(current);
    for (let version = current; version < upTo; version++) {
      const migration = MIGRATIONS[version] as (typeof MIGRATIONS)[number];
      await client.query(migration.postgres);
      await client.query('INSERT INTO cited_schema_migrations (version, name) VALUES ($1, $2)', [
        version + 1,
        migration.name,
      ]);
    }
    return Math.max(current, upTo);
  });
}

async function storedBytes(client: Pool | PoolClient): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    'SELECT coalesce(sum(stored_bytes), 0)::bigint AS n FROM sessions',
  );
  return rows[0]?.n ?? 0;
}

async function schemaVersion(client: Pool | PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number }>(
    'SELECT coalesce(max(version), 0)::int AS version FROM cited_schema_migrations',
  );
  return rows[0]?.version ?? 0;
}

/** BEGIN … COMMIT on one pooled connection; ROLLBACK on any error, and a broken connection is discarded. */
async function transaction<T>(pool: Pool, run: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await run(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    const usable = await client.query('ROLLBACK').then(
      () => true,
      () => false,
    );
    client.release(!usable);
    throw error;
  }
}

export interface PostgresOptions {
  url: string;
  /** Connections per instance; every instance also holds one more for LISTEN. */
  poolMax: number;
  connectTimeoutMs: number;
  /** Listener reconnection backoff starts here (tests lengthen it to act while disconnected). */
  reconnectDelayMs?: number;
  log?: (message: string) => void;
}

/**
 * The shared store for several app instances. Writes announce `{id, version, change}` with `pg_notify`
 * inside their transaction; each instance's one LISTEN connection (`ChangeListener`) relays every
 * instance's announcements to its own SSE streams and catches up by re-reading versions after a reconnect.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly changes = new SessionEvents();
  private readonly pool: Pool;
  private readonly listener: ChangeListener;
  private closing = false;

  /** Connects, migrates and starts listening; rejects (and leaves nothing open) when any of that fails. */
  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const store = new PostgresStore(options);
    try {
      await migratePostgres(store.pool);
      await store.listener.start();
    } catch (error) {
      await store.close().catch(() => {});
      throw error;
    }
    return store;
  }

  private constructor(options: PostgresOptions) {
    const log = options.log ?? ((message: string) => console.warn(`[store] ${message}`));
    const config: ClientConfig = {
      connectionString: options.url,
      connectionTimeoutMillis: options.connectTimeoutMs,
      keepAlive: true,
      types: TYPES,
      application_name: 'cited',
    };
    this.pool = new pg.Pool({
      ...config,
      // A statement stuck behind a lock fails its request instead of holding a connection forever.
      statement_timeout: 15_000,
      max: options.poolMax,
      idleTimeoutMillis: 30_000,
    });
    // A connection the server drops while idle (restart, failover, idle timeout) must not crash the process;
    // a checked-out one also reports its error to the query using it, so logging is all that is left to do.
    const onError = (error: Error) => {
      if (!this.closing) log(`a pooled PostgreSQL connection was lost: ${error.message}`);
    };
    this.pool.on('error', onError);
    this.pool.on('connect', (client) => client.on('error', onError));
    this.listener = new ChangeListener({
      config: { ...config, application_name: 'cited-listener' },
      changes: this.changes,
      catchUp: (ids) => this.sessionVersions(ids),
      reconnectDelayMs: options.reconnectDelayMs ?? 100,
      log,
    });
  }

  async createSession(
    session: NewSession,
    release: CodeRelease,
  ): Promise<SessionRecord | 'code-taken'> {
    const inserted = await transaction(this.pool, async (client) => {
      // An expired holder gives its code up; two instances giving out one code meet at the unique index
      // (the second waits for the first to commit, then inserts nothing).
      await client.query(
        `UPDATE sessions SET live_code = NULL
         WHERE live_code = $1 AND (expires_at <= $2 OR last_activity_at <= $3)`,
        [session.code, release.now, release.now - release.idleMs],
      );
      const result = await client.query(
        `INSERT INTO sessions (id, code, live_code, slug, mode, feedback, quiz_json, question_ids, host_hash,
           status, current_index, revealed, version, created_at, last_activity_at, expires_at, locked,
           approve_joins, stored_bytes)
         VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $13, $14, $15, $16,
           octet_length($6))
         ON CONFLICT (live_code) DO NOTHING`,
        [
          session.id,
          session.code,
          session.slug,
          session.mode,
          session.feedback,
          session.quizJson,
          session.questionIds,
          session.hostHash,
          session.status,
          session.currentIndex,
          session.revealed,
          session.createdAt,
          session.lastActivityAt,
          session.expiresAt,
          session.locked,
          session.approveJoins,
        ],
      );
      return result.rowCount ?? 0;
    });
    if (inserted === 0) return 'code-taken';
    const { quizJson: _stored, ...record } = session;
    return { ...record, version: 1 };
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`,
      [id],
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  async getSessionQuiz(id: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ quiz_json: string }>(
      'SELECT quiz_json FROM sessions WHERE id = $1',
      [id],
    );
    return rows[0]?.quiz_json ?? null;
  }

  async findSessionByCode(code: string): Promise<SessionRecord | null> {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM sessions WHERE code = $1 ORDER BY created_at DESC, seq DESC LIMIT 1`,
      [code],
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  async updateSession(id: string, patch: SessionPatch): Promise<SessionRecord | null> {
    // One statement is one transaction: the row, its new version and the announcement commit together.
    const { rows } = await this.pool.query<SessionRow>(
      `WITH updated AS (
         UPDATE sessions SET status = coalesce($2::text, status),
           current_index = coalesce($3::int, current_index),
           revealed = coalesce($4::boolean, revealed),
           last_activity_at = coalesce($5::bigint, last_activity_at),
           locked = coalesce($6::boolean, locked),
           approve_joins = coalesce($7::boolean, approve_joins),
           live_code = CASE WHEN coalesce($2::text, status) = 'ended' THEN NULL ELSE live_code END,
           version = version + 1
         WHERE id = $1
         RETURNING ${SESSION_COLUMNS}
       )
       SELECT updated.*, ${notify('control', 'updated')} FROM updated`,
      [
        id,
        patch.status ?? null,
        patch.currentIndex ?? null,
        patch.revealed ?? null,
        patch.lastActivityAt ?? null,
        patch.locked ?? null,
        patch.approveJoins ?? null,
      ],
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  async addParticipant(participant: NewParticipant, cap: number): Promise<AddParticipantResult> {
    return transaction(this.pool, async (client): Promise<AddParticipantResult> => {
      // The session row's lock makes joins to one session take turns across every instance, and the
      // checks run after it is held (statements of their own, so they see every join committed before).
      const { rows: held } = await client.query<{ locked: boolean }>(
        'SELECT locked FROM sessions WHERE id = $1 FOR UPDATE',
        [participant.sessionId],
      );
      if (!held[0]) throw new Error(`no session ${participant.sessionId}`);
      if (held[0].locked) return { outcome: 'locked' };
      const { rows: counted } = await client.query<{ n: number; taken: number }>(
        `SELECT count(*) FILTER (WHERE status <> 'removed') AS n,
           count(*) FILTER (WHERE name_key = $2) AS taken
         FROM participants WHERE session_id = $1`,
        [participant.sessionId, participant.nameKey],
      );
      if ((counted[0]?.n ?? 0) >= cap) return { outcome: 'full' };
      if ((counted[0]?.taken ?? 0) > 0) return { outcome: 'name-taken' };
      const { rows } = await client.query<{ version: number }>(
        `WITH added AS (
           INSERT INTO participants (id, session_id, name, token_hash, joined_at, status, name_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
         ), bumped AS (
           UPDATE sessions SET version = version + 1, last_activity_at = $5,
             stored_bytes = stored_bytes + ${PARTICIPANT_ROW_BYTES}
           WHERE id = $2
           RETURNING id, version
         )
         SELECT version, ${notify('activity', 'bumped')} FROM bumped`,
        [
          participant.id,
          participant.sessionId,
          participant.name,
          participant.tokenHash,
          participant.joinedAt,
          participant.status,
          participant.nameKey,
        ],
      );
      return { outcome: 'added', version: rows[0]?.version ?? 0 };
    });
  }

  async setParticipantStatus(
    sessionId: string,
    participantIds: readonly string[],
    status: 'admitted' | 'removed',
    now: number,
  ): Promise<{ changed: number; version: number } | null> {
    // One statement: the participants, the session's new version and its announcement commit together.
    const change =
      status === 'admitted'
        ? `UPDATE participants SET status = 'admitted'
           WHERE session_id = $1 AND id = ANY($2::text[]) AND status = 'pending' RETURNING 1`
        : `UPDATE participants SET status = 'removed', name_key = NULL
           WHERE session_id = $1 AND id = ANY($2::text[]) AND status <> 'removed' RETURNING 1`;
    const { rows } = await this.pool.query<{ version: number; changed: number }>(
      `WITH changed AS (${change}), bumped AS (
         UPDATE sessions SET version = version + 1, last_activity_at = $3 WHERE id = $1
         RETURNING id, version
       )
       SELECT version, (SELECT count(*) FROM changed) AS changed, ${notify('control', 'bumped')}
       FROM bumped`,
      [sessionId, [...new Set(participantIds)], now],
    );
    return rows[0] ? { changed: rows[0].changed, version: rows[0].version } : null;
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query<ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = $1`,
      [id],
    );
    return rows[0] ? toParticipant(rows[0]) : null;
  }

  async findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query<ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ? toParticipant(rows[0]) : null;
  }

  async listParticipants(sessionId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE session_id = $1 ORDER BY joined_at, seq`,
      [sessionId],
    );
    return rows.map(toParticipant);
  }

  async recordAnswer(answer: AnswerRecord, guard: AnswerGuard): Promise<RecordAnswerResult> {
    // One statement: the version bump takes the session row's lock, and its WHERE is checked again on the
    // newest row once the lock is held, so an answer racing a reveal or "next" committed on another instance
    // is refused. The insert happens only when the bump did; a concurrent resend meets the primary key.
    const { rows } = await this.pool.query<{ version: number; inserted: number }>(
      `WITH opened AS (
         UPDATE sessions SET version = version + 1, last_activity_at = $7,
           stored_bytes = stored_bytes + ${ANSWER_ROW_BYTES}
         WHERE id = $1 AND status = 'active'
           AND ($8::int IS NULL OR (current_index = $8::int AND NOT revealed))
           AND NOT EXISTS (SELECT 1 FROM answers WHERE participant_id = $2 AND question_id = $3)
         RETURNING id, version
       ), inserted AS (
         INSERT INTO answers (session_id, participant_id, question_id, choice, correct, submission_id,
           answered_at)
         SELECT $1, $2, $3, $4, $5::boolean, $6, $7::bigint FROM opened
         ON CONFLICT (participant_id, question_id) DO NOTHING
         RETURNING 1
       )
       SELECT opened.version, (SELECT count(*) FROM inserted) AS inserted, ${notify('activity', 'opened')}
       FROM opened`,
      [
        answer.sessionId,
        answer.participantId,
        answer.questionId,
        answer.choice,
        answer.correct,
        answer.submissionId,
        answer.answeredAt,
        guard.questionIndex,
      ],
    );
    const row = rows[0];
    if (row && row.inserted > 0) return { outcome: 'created', answer, version: row.version };
    const existing = await this.findAnswer(answer.participantId, answer.questionId);
    return existing ? { outcome: 'exists', answer: existing } : { outcome: 'closed' };
  }

  async findAnswer(participantId: string, questionId: string): Promise<AnswerRecord | null> {
    const { rows } = await this.pool.query<AnswerRow>(
      `SELECT ${ANSWER_COLUMNS} FROM answers WHERE participant_id = $1 AND question_id = $2`,
      [participantId, questionId],
    );
    return rows[0] ? toAnswer(rows[0]) : null;
  }

  async sessionSnapshot(sessionId: string): Promise<SessionSnapshot | null> {
    // One snapshot for the three reads: what commits meanwhile on another instance is in none of them.
    return transaction(this.pool, async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const sessions = await client.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`,
        [sessionId],
      );
      const row = sessions.rows[0];
      if (!row) return null;
      const participants = await client.query<ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE session_id = $1 ORDER BY joined_at, seq`,
        [sessionId],
      );
      const answers = await client.query<AnswerRow>(
        `SELECT ${ANSWER_COLUMNS} FROM answers WHERE session_id = $1 ORDER BY answered_at, seq`,
        [sessionId],
      );
      return {
        session: toSession(row),
        participants: participants.rows.map(toParticipant),
        answers: answers.rows.map(toAnswer),
      };
    });
  }

  async listAnswers(sessionId: string): Promise<AnswerRecord[]> {
    const { rows } = await this.pool.query<AnswerRow>(
      `SELECT ${ANSWER_COLUMNS} FROM answers WHERE session_id = $1 ORDER BY answered_at, seq`,
      [sessionId],
    );
    return rows.map(toAnswer);
  }

  async listParticipantAnswers(participantId: string): Promise<AnswerRecord[]> {
    const { rows } = await this.pool.query<AnswerRow>(
      `SELECT ${ANSWER_COLUMNS} FROM answers WHERE participant_id = $1 ORDER BY answered_at, seq`,
      [participantId],
    );
    return rows.map(toAnswer);
  }

  async sessionVersions(ids: readonly string[]): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ id: string; version: number }>(
      'SELECT id, version FROM sessions WHERE id = ANY($1::text[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.version]));
  }

  async purgeExpiredBefore(cutoff: number): Promise<number> {
    const result = await this.pool.query('DELETE FROM sessions WHERE expires_at < $1', [cutoff]);
    return result.rowCount ?? 0;
  }

  async makeRoom(request: RoomRequest): Promise<boolean> {
    return transaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [ROOM_LOCK]);
      const used = await storedBytes(client);
      const needed = used + request.bytes - request.maxBytes;
      if (needed <= 0) return true;
      // The expired sessions, longest expired first, that together free `needed` bytes.
      await client.query(
        `DELETE FROM sessions WHERE id IN (
           SELECT id FROM (
             SELECT id, stored_bytes,
               sum(stored_bytes) OVER (ORDER BY least(expires_at, last_activity_at + $2), id) AS freed
             FROM sessions WHERE least(expires_at, last_activity_at + $2) <= $1
           ) expired WHERE freed - stored_bytes < $3
         )`,
        [request.now, request.idleMs, needed],
      );
      return (await storedBytes(client)) + request.bytes <= request.maxBytes;
    });
  }

  async storedBytes(): Promise<number> {
    return storedBytes(this.pool);
  }

  async countAttempt(keys: readonly string[], windowMs: number, now: number): Promise<void> {
    // Sorted and distinct: one statement may update a row only once, and a fixed order cannot deadlock.
    const distinct = [...new Set(keys)].sort();
    await this.pool.query(
      `INSERT INTO attempts (key, window_start, count, last_at)
       SELECT key, $2::bigint, 1, $2::bigint FROM unnest($1::text[]) AS key
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN $2::bigint - attempts.window_start >= $3::bigint THEN 1
                      ELSE attempts.count + 1 END,
         window_start = CASE WHEN $2::bigint - attempts.window_start >= $3::bigint THEN $2::bigint
                             ELSE attempts.window_start END,
         last_at = $2::bigint`,
      [distinct, now, windowMs],
    );
  }

  async attempts(
    keys: readonly string[],
    windowMs: number,
    now: number,
  ): Promise<Map<string, AttemptWindow>> {
    const { rows } = await this.pool.query<AttemptRow>(
      `SELECT key, window_start, count, last_at FROM attempts
       WHERE key = ANY($1::text[]) AND window_start > $2`,
      [keys, now - windowMs],
    );
    return new Map(rows.map((row) => [row.key, toAttemptWindow(row)]));
  }

  async purgeAttemptsBefore(cutoff: number): Promise<number> {
    const result = await this.pool.query('DELETE FROM attempts WHERE window_start < $1', [cutoff]);
    return result.rowCount ?? 0;
  }

  async createWorkspace(workspace: WorkspaceRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO workspaces (id, secret_hash, created_at) VALUES ($1, $2, $3)',
      [workspace.id, workspace.secretHash, workspace.createdAt],
    );
  }

  async findWorkspaceBySecretHash(secretHash: string): Promise<WorkspaceRecord | null> {
    const { rows } = await this.pool.query<{ id: string; secret_hash: string; created_at: number }>(
      'SELECT id, secret_hash, created_at FROM workspaces WHERE secret_hash = $1',
      [secretHash],
    );
    const row = rows[0];
    return row ? { id: row.id, secretHash: row.secret_hash, createdAt: row.created_at } : null;
  }

  async replaceWorkspaceSecret(id: string, secretHash: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE workspaces SET secret_hash = $1 WHERE id = $2', [
      secretHash,
      id,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async createArticle(article: NewWorkspaceArticle): Promise<WorkspaceArticleRecord> {
    const { rows } = await this.pool.query<WorkspaceArticleRow>(
      `INSERT INTO workspace_articles (id, workspace_id, title, source_kind, source_url, input_json, status,
         share_token, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'generating', $7, $8, $8)
       RETURNING ${WORKSPACE_ARTICLE_COLUMNS}`,
      [
        article.id,
        article.workspaceId,
        article.title,
        article.sourceKind,
        article.sourceUrl,
        article.inputJson,
        article.shareToken,
        article.createdAt,
      ],
    );
    if (!rows[0]) throw new Error(`article ${article.id} was not stored`);
    return toWorkspaceArticle(rows[0]);
  }

  async getArticle(id: string): Promise<WorkspaceArticleRecord | null> {
    const { rows } = await this.pool.query<WorkspaceArticleRow>(
      `SELECT ${WORKSPACE_ARTICLE_COLUMNS} FROM workspace_articles WHERE id = $1`,
      [id],
    );
    return rows[0] ? toWorkspaceArticle(rows[0]) : null;
  }

  async listArticles(workspaceId: string): Promise<WorkspaceArticleSummary[]> {
    const { rows } = await this.pool.query<WorkspaceArticleSummaryRow>(
      `SELECT ${WORKSPACE_ARTICLE_SUMMARY_COLUMNS} FROM workspace_articles WHERE workspace_id = $1
       ORDER BY created_at DESC, id DESC`,
      [workspaceId],
    );
    return rows.map(toWorkspaceArticleSummary);
  }

  async findArticleByShareToken(token: string): Promise<WorkspaceArticleRecord | null> {
    const { rows } = await this.pool.query<WorkspaceArticleRow>(
      `SELECT ${WORKSPACE_ARTICLE_COLUMNS} FROM workspace_articles WHERE share_token = $1`,
      [token],
    );
    return rows[0] ? toWorkspaceArticle(rows[0]) : null;
  }

  async claimGeneration(id: string, now: number, leaseUntil: number): Promise<boolean> {
    // The row lock orders two instances' claims; the second re-checks the lease on the newest row.
    const result = await this.pool.query(
      `UPDATE workspace_articles SET lease_until = $3
       WHERE id = $1 AND status = 'generating' AND (lease_until IS NULL OR lease_until <= $2)`,
      [id, now, leaseUntil],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async unclaimedGenerations(now: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT id FROM workspace_articles
       WHERE status = 'generating' AND (lease_until IS NULL OR lease_until <= $1) ORDER BY created_at`,
      [now],
    );
    return rows.map((row) => row.id);
  }

  async finishGeneration(id: string, result: GenerationResult, now: number): Promise<boolean> {
    // A failed regeneration leaves the earlier quiz in use ('ready', with the error to show).
    const updated = await this.pool.query(
      `UPDATE workspace_articles SET
         status = CASE WHEN $2::text = 'failed' AND quiz_json IS NOT NULL THEN 'ready' ELSE $2::text END,
         quiz_json = coalesce($3, quiz_json), error = $4, lease_until = NULL, updated_at = $5
       WHERE id = $1 AND status = 'generating'`,
      [
        id,
        result.status,
        result.status === 'ready' ? result.quizJson : null,
        result.status === 'failed' ? result.error : null,
        now,
      ],
    );
    return (updated.rowCount ?? 0) > 0;
  }

  async restartGeneration(id: string, now: number): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE workspace_articles SET status = 'generating', error = NULL, lease_until = NULL,
         updated_at = $2
       WHERE id = $1 AND status <> 'generating'`,
      [id, now],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async setSelection(id: string, selectionJson: string, now: number): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE workspace_articles SET selection_json = $1, updated_at = $2 WHERE id = $3',
      [selectionJson, now, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async setPublished(
    id: string,
    published: boolean,
    shareToken: string,
    now: number,
  ): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE workspace_articles SET published = $1, share_token = $2, updated_at = $3 WHERE id = $4',
      [published, shareToken, now, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async putQuestionEdit(edit: QuestionEditRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO workspace_question_edits (article_id, question_id, edit_json, updated_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id, question_id) DO UPDATE SET edit_json = excluded.edit_json,
         updated_at = excluded.updated_at`,
      [edit.articleId, edit.questionId, edit.editJson, edit.updatedAt],
    );
  }

  async deleteQuestionEdit(articleId: string, questionId: string): Promise<boolean> {
    const result = await this.pool.query(
      'DELETE FROM workspace_question_edits WHERE article_id = $1 AND question_id = $2',
      [articleId, questionId],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async listQuestionEdits(articleId: string): Promise<QuestionEditRecord[]> {
    const { rows } = await this.pool.query<QuestionEditRow>(
      `SELECT article_id, question_id, edit_json, updated_at FROM workspace_question_edits
       WHERE article_id = $1 ORDER BY updated_at, question_id`,
      [articleId],
    );
    return rows.map(toQuestionEdit);
  }

  async deleteArticle(id: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM workspace_articles WHERE id = $1', [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async health(): Promise<StoreHealth> {
    const start = performance.now();
    const { rows } = await this.pool.query<{ version: number; standby: boolean }>(
      `SELECT coalesce(max(version), 0)::int AS version, pg_is_in_recovery() AS standby
       FROM cited_schema_migrations`,
    );
    // A standby (after a failover to the wrong side) answers reads and refuses every write.
    if (rows[0]?.standby) {
      throw new StoreUnusableError('the PostgreSQL server is a read-only standby');
    }
    const version = rows[0]?.version ?? 0;
    return {
      kind: this.kind,
      schemaVersion: version,
      latencyMs: performance.now() - start,
      changes: this.listener.state === 'listening' ? 'listening' : 'reconnecting',
    };
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.listener.close();
    await this.pool.end();
  }
}
