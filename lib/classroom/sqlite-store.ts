import { closeSync, constants, accessSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SessionEvents } from './events';
import {
  ANSWER_ROW_BYTES,
  MIGRATIONS,
  PARTICIPANT_ROW_BYTES,
  SCHEMA_VERSION,
  SchemaTooNewError,
} from './migrations';
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

/**
 * Runs pending migrations, one transaction each, tracked by SQLite's `user_version`; refuses a database a
 * newer build has migrated. `upTo` stops early (tests build frozen older versions with it).
 */
export function migrate(db: Database.Database, upTo = SCHEMA_VERSION): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw new SchemaTooNewError(current);
  for (let version = current; version < upTo; version++) {
    db.transaction(() => {
      db.exec((MIGRATIONS[version] as (typeof MIGRATIONS)[number]).sqlite);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return Math.max(current, upTo);
}

/** What an SQLite failure means for an operator, by its code; undefined for codes that say it well. */
function sqliteReason(error: unknown, file: string): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const user = typeof process.getuid === 'function' ? ` (user id ${process.getuid()})` : '';
  if (code === 'SQLITE_NOTADB') {
    return 'the file is not a SQLite database; point CITED_DB_PATH at the right file, or move this one aside';
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return `the database cannot be written${user}: the file and its folder ${path.dirname(file)} must be writable (SQLite keeps -wal and -shm files beside it)`;
  }
  if (code === 'SQLITE_CORRUPT') {
    return 'the database is damaged (SQLITE_CORRUPT); restore a backup, or move the file aside to start empty';
  }
  if (code === 'SQLITE_FULL') return 'the disk holding the database is full';
  return undefined;
}

/**
 * Creates a new database file (and any missing folders) readable by its owner only: it holds students'
 * names. An existing file keeps the mode the operator gave it.
 */
function createPrivately(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
}

/** Refuses a database this process cannot use: not SQLite, damaged, or not writable. */
function checkUsable(db: Database.Database, file: string): void {
  const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  const first = problems[0]?.quick_check;
  if (first !== 'ok') {
    throw new StoreUnusableError(
      `the database is damaged (quick_check: ${first ?? 'no answer'}${problems.length > 1 ? `, and ${problems.length - 1} more problems` : ''}); restore a backup, or move the file aside to start empty`,
    );
  }
  // A write lock, taken and given back, proves the file can be written (a read-only file opens fine).
  db.exec('BEGIN IMMEDIATE');
  db.exec('ROLLBACK');
  if (file !== ':memory:') accessSync(path.dirname(file), constants.W_OK);
}

/**
 * The embedded default, for one app instance. better-sqlite3 is synchronous: each method runs its whole
 * transaction before its promise settles, so nothing another request does can interleave with it, and its
 * change is announced on `changes` only after the commit.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly changes: SessionEvents;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly file: string;
  /** The file's inode when opened: a different one later means it was deleted or replaced under us. */
  private readonly inode: number | null;

  /**
   * `file` is a path (created 0600, with its folders, when missing) or ':memory:' for tests. Throws, with a
   * reason an operator can act on, when the file cannot be used: not a database, damaged, read-only, or
   * migrated by a newer build.
   */
  constructor(file: string, changes: SessionEvents = new SessionEvents()) {
    this.changes = changes;
    this.file = file === ':memory:' ? file : path.resolve(file);
    if (this.file !== ':memory:') createPrivately(this.file);
    try {
      this.db = new Database(this.file);
    } catch (error) {
      throw StoreUnusableError.from(error, sqliteReason(error, this.file));
    }
    try {
      this.db.pragma('journal_mode = WAL');
      // FULL: a committed answer survives power loss too, not only a crashed process.
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      checkUsable(this.db, this.file);
      migrate(this.db);
    } catch (error) {
      this.db.close();
      if (error instanceof SchemaTooNewError || error instanceof StoreUnusableError) throw error;
      throw StoreUnusableError.from(error, sqliteReason(error, this.file));
    }
    this.inode = this.file === ':memory:' ? null : statSync(this.file).ino;
    const db = this.db;
    this.statements = {
      releaseCode: db.prepare<{ code: string; now: number; idleCutoff: number }>(
        `UPDATE sessions SET live_code = NULL
         WHERE live_code = @code AND (expires_at <= @now OR last_activity_at <= @idleCutoff)`,
      ),
      insertSession: db.prepare(
        `INSERT INTO sessions (id, code, live_code, slug, mode, feedback, locked, approve_joins, quiz_json,
           question_ids, host_hash, status, current_index, revealed, version, created_at, last_activity_at,
           expires_at, stored_bytes)
         VALUES (@id, @code, @code, @slug, @mode, @feedback, @locked, @approveJoins, @quizJson, @questionIds,
           @hostHash, @status, @currentIndex, @revealed, 1, @createdAt, @lastActivityAt, @expiresAt,
           length(CAST(@quizJson AS BLOB)))
         ON CONFLICT (live_code) DO NOTHING`,
      ),
      getSession: db.prepare<[string], SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`,
      ),
      getSessionQuiz: db.prepare<[string], { quiz_json: string }>(
        'SELECT quiz_json FROM sessions WHERE id = ?',
      ),
      findByCode: db.prepare<[string], SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE code = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      ),
      updateSession: db.prepare<
        {
          id: string;
          status: string | null;
          currentIndex: number | null;
          revealed: number | null;
          locked: number | null;
          approveJoins: number | null;
          lastActivityAt: number | null;
        },
        SessionRow
      >(
        `UPDATE sessions SET status = coalesce(@status, status),
           current_index = coalesce(@currentIndex, current_index),
           revealed = coalesce(@revealed, revealed),
           locked = coalesce(@locked, locked),
           approve_joins = coalesce(@approveJoins, approve_joins),
           last_activity_at = coalesce(@lastActivityAt, last_activity_at),
           live_code = CASE WHEN coalesce(@status, status) = 'ended' THEN NULL ELSE live_code END,
           version = version + 1
         WHERE id = @id
         RETURNING ${SESSION_COLUMNS}`,
      ),
      bumpVersion: db.prepare<[number, number, string], { version: number }>(
        `UPDATE sessions SET version = version + 1, last_activity_at = ?, stored_bytes = stored_bytes + ?
         WHERE id = ? RETURNING version`,
      ),
      sessionState: db.prepare<
        [string],
        { status: string; mode: string; current_index: number; revealed: number; locked: number }
      >('SELECT status, mode, current_index, revealed, locked FROM sessions WHERE id = ?'),
      countParticipants: db.prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM participants WHERE session_id = ? AND status <> 'removed'",
      ),
      nameTaken: db.prepare<[string, string], { n: number }>(
        'SELECT count(*) AS n FROM participants WHERE session_id = ? AND name_key = ?',
      ),
      insertParticipant: db.prepare(
        `INSERT INTO participants (id, session_id, name, token_hash, joined_at, status, name_key)
         VALUES (@id, @sessionId, @name, @tokenHash, @joinedAt, @status, @nameKey)`,
      ),
      admitParticipant: db.prepare<[string, string]>(
        `UPDATE participants SET status = 'admitted'
         WHERE session_id = ? AND id = ? AND status = 'pending'`,
      ),
      removeParticipant: db.prepare<[string, string]>(
        `UPDATE participants SET status = 'removed', name_key = NULL
         WHERE session_id = ? AND id = ? AND status <> 'removed'`,
      ),
      controlBump: db.prepare<[number, string], { version: number }>(
        'UPDATE sessions SET version = version + 1, last_activity_at = ? WHERE id = ? RETURNING version',
      ),
      getParticipant: db.prepare<[string], ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = ?`,
      ),
      participantByToken: db.prepare<[string], ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE token_hash = ?`,
      ),
      listParticipants: db.prepare<[string], ParticipantRow>(
        `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE session_id = ? ORDER BY joined_at, rowid`,
      ),
      getAnswer: db.prepare<[string, string], AnswerRow>(
        `SELECT ${ANSWER_COLUMNS} FROM answers WHERE participant_id = ? AND question_id = ?`,
      ),
      insertAnswer: db.prepare(
        `INSERT INTO answers (session_id, participant_id, question_id, choice, correct, submission_id, answered_at)
         VALUES (@sessionId, @participantId, @questionId, @choice, @correct, @submissionId, @answeredAt)`,
      ),
      participantAnswers: db.prepare<[string], AnswerRow>(
        `SELECT ${ANSWER_COLUMNS} FROM answers WHERE participant_id = ? ORDER BY answered_at, rowid`,
      ),
      listAnswers: db.prepare<[string], AnswerRow>(
        `SELECT ${ANSWER_COLUMNS} FROM answers WHERE session_id = ? ORDER BY answered_at, rowid`,
      ),
      sessionVersions: db.prepare<[string], { id: string; version: number }>(
        'SELECT id, version FROM sessions WHERE id IN (SELECT value FROM json_each(?))',
      ),
      purge: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
      storedBytes: db.prepare<[], { n: number }>(
        'SELECT coalesce(sum(stored_bytes), 0) AS n FROM sessions',
      ),
      // The expired sessions, longest expired first, that together free `needed` bytes.
      reclaim: db.prepare<{ now: number; idleMs: number; needed: number }>(
        `DELETE FROM sessions WHERE id IN (
           SELECT id FROM (
             SELECT id, stored_bytes,
               sum(stored_bytes) OVER (ORDER BY min(expires_at, last_activity_at + @idleMs), id) AS freed
             FROM sessions WHERE min(expires_at, last_activity_at + @idleMs) <= @now
           ) WHERE freed - stored_bytes < @needed
         )`,
      ),
      countAttempt: db.prepare<{ key: string; now: number; windowMs: number }>(
        `INSERT INTO attempts (key, window_start, count, last_at) VALUES (@key, @now, 1, @now)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN @now - window_start >= @windowMs THEN 1 ELSE count + 1 END,
           window_start = CASE WHEN @now - window_start >= @windowMs THEN @now ELSE window_start END,
           last_at = @now`,
      ),
      attempts: db.prepare<[string], AttemptRow>(
        `SELECT key, window_start, count, last_at FROM attempts
         WHERE key IN (SELECT value FROM json_each(?))`,
      ),
      purgeAttempts: db.prepare('DELETE FROM attempts WHERE window_start < ?'),
      insertWorkspace: db.prepare(
        'INSERT INTO workspaces (id, secret_hash, created_at) VALUES (@id, @secretHash, @createdAt)',
      ),
      workspaceBySecret: db.prepare<
        [string],
        { id: string; secret_hash: string; created_at: number }
      >('SELECT id, secret_hash, created_at FROM workspaces WHERE secret_hash = ?'),
      replaceSecret: db.prepare('UPDATE workspaces SET secret_hash = ? WHERE id = ?'),
      insertArticle: db.prepare(
        `INSERT INTO workspace_articles (id, workspace_id, title, source_kind, source_url, input_json, status,
           share_token, created_at, updated_at)
         VALUES (@id, @workspaceId, @title, @sourceKind, @sourceUrl, @inputJson, 'generating', @shareToken,
           @createdAt, @createdAt)`,
      ),
      getArticle: db.prepare<[string], WorkspaceArticleRow>(
        `SELECT ${WORKSPACE_ARTICLE_COLUMNS} FROM workspace_articles WHERE id = ?`,
      ),
      listArticles: db.prepare<[string], WorkspaceArticleSummaryRow>(
        `SELECT ${WORKSPACE_ARTICLE_SUMMARY_COLUMNS} FROM workspace_articles WHERE workspace_id = ?
         ORDER BY created_at DESC, rowid DESC`,
      ),
      articleByShare: db.prepare<[string], WorkspaceArticleRow>(
        `SELECT ${WORKSPACE_ARTICLE_COLUMNS} FROM workspace_articles WHERE share_token = ?`,
      ),
      claimGeneration: db.prepare<{ id: string; now: number; leaseUntil: number }>(
        `UPDATE workspace_articles SET lease_until = @leaseUntil
         WHERE id = @id AND status = 'generating' AND (lease_until IS NULL OR lease_until <= @now)`,
      ),
      unclaimed: db.prepare<[number], { id: string }>(
        `SELECT id FROM workspace_articles
         WHERE status = 'generating' AND (lease_until IS NULL OR lease_until <= ?) ORDER BY created_at`,
      ),
      finishGeneration: db.prepare<{
        id: string;
        status: string;
        quizJson: string | null;
        error: string | null;
        now: number;
      }>(
        // A failed regeneration leaves the earlier quiz in use ('ready', with the error to show).
        `UPDATE workspace_articles SET
           status = CASE WHEN @status = 'failed' AND quiz_json IS NOT NULL THEN 'ready' ELSE @status END,
           quiz_json = coalesce(@quizJson, quiz_json),
           error = @error, lease_until = NULL, updated_at = @now
         WHERE id = @id AND status = 'generating'`,
      ),
      restartGeneration: db.prepare<{ id: string; now: number }>(
        `UPDATE workspace_articles SET status = 'generating', error = NULL, lease_until = NULL,
           updated_at = @now
         WHERE id = @id AND status <> 'generating'`,
      ),
      setSelection: db.prepare(
        'UPDATE workspace_articles SET selection_json = ?, updated_at = ? WHERE id = ?',
      ),
      setPublished: db.prepare(
        'UPDATE workspace_articles SET published = ?, share_token = ?, updated_at = ? WHERE id = ?',
      ),
      putEdit: db.prepare(
        `INSERT INTO workspace_question_edits (article_id, question_id, edit_json, updated_at)
         VALUES (@articleId, @questionId, @editJson, @updatedAt)
         ON CONFLICT (article_id, question_id) DO UPDATE SET edit_json = excluded.edit_json,
           updated_at = excluded.updated_at`,
      ),
      deleteEdit: db.prepare(
        'DELETE FROM workspace_question_edits WHERE article_id = ? AND question_id = ?',
      ),
      listEdits: db.prepare<[string], QuestionEditRow>(
        `SELECT article_id, question_id, edit_json, updated_at FROM workspace_question_edits
         WHERE article_id = ? ORDER BY updated_at, rowid`,
      ),
      deleteArticle: db.prepare('DELETE FROM workspace_articles WHERE id = ?'),
    };
  }

  async createSession(
    session: NewSession,
    release: CodeRelease,
  ): Promise<SessionRecord | 'code-taken'> {
    const inserted = this.db
      .transaction(() => {
        this.statements.releaseCode.run({
          code: session.code,
          now: release.now,
          idleCutoff: release.now - release.idleMs,
        });
        return this.statements.insertSession.run({
          ...session,
          feedback: session.feedback ? 1 : 0,
          locked: session.locked ? 1 : 0,
          approveJoins: session.approveJoins ? 1 : 0,
          questionIds: JSON.stringify(session.questionIds),
          revealed: session.revealed ? 1 : 0,
        }).changes;
      })
      .immediate();
    if (inserted === 0) return 'code-taken';
    const { quizJson: _stored, ...record } = session;
    return { ...record, version: 1 };
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const row = this.statements.getSession.get(id);
    return row ? toSession(row) : null;
  }

  async getSessionQuiz(id: string): Promise<string | null> {
    return this.statements.getSessionQuiz.get(id)?.quiz_json ?? null;
  }

  async findSessionByCode(code: string): Promise<SessionRecord | null> {
    const row = this.statements.findByCode.get(code);
    return row ? toSession(row) : null;
  }

  async updateSession(id: string, patch: SessionPatch): Promise<SessionRecord | null> {
    const row = this.statements.updateSession.get({
      id,
      status: patch.status ?? null,
      currentIndex: patch.currentIndex ?? null,
      revealed: patch.revealed === undefined ? null : patch.revealed ? 1 : 0,
      locked: patch.locked === undefined ? null : patch.locked ? 1 : 0,
      approveJoins: patch.approveJoins === undefined ? null : patch.approveJoins ? 1 : 0,
      lastActivityAt: patch.lastActivityAt ?? null,
    });
    if (!row) return null;
    this.changes.publish(id, row.version, 'control');
    return toSession(row);
  }

  async addParticipant(participant: NewParticipant, cap: number): Promise<AddParticipantResult> {
    const result = this.db
      .transaction((): AddParticipantResult => {
        const state = this.statements.sessionState.get(participant.sessionId);
        if (!state) throw new Error(`no session ${participant.sessionId}`);
        if (state.locked) return { outcome: 'locked' };
        const count = this.statements.countParticipants.get(participant.sessionId)?.n ?? 0;
        if (count >= cap) return { outcome: 'full' };
        if (this.statements.nameTaken.get(participant.sessionId, participant.nameKey)?.n) {
          return { outcome: 'name-taken' };
        }
        this.statements.insertParticipant.run(participant);
        const bumped = this.statements.bumpVersion.get(
          participant.joinedAt,
          PARTICIPANT_ROW_BYTES,
          participant.sessionId,
        );
        return { outcome: 'added', version: bumped?.version ?? 0 };
      })
      .immediate();
    if (result.outcome === 'added') {
      this.changes.publish(participant.sessionId, result.version, 'activity');
    }
    return result;
  }

  async setParticipantStatus(
    sessionId: string,
    participantIds: readonly string[],
    status: 'admitted' | 'removed',
    now: number,
  ): Promise<{ changed: number; version: number } | null> {
    const statement =
      status === 'admitted' ? this.statements.admitParticipant : this.statements.removeParticipant;
    const result = this.db
      .transaction(() => {
        let changed = 0;
        for (const id of new Set(participantIds)) changed += statement.run(sessionId, id).changes;
        const bumped = this.statements.controlBump.get(now, sessionId);
        return bumped ? { changed, version: bumped.version } : null;
      })
      .immediate();
    if (result) this.changes.publish(sessionId, result.version, 'control');
    return result;
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const row = this.statements.getParticipant.get(id);
    return row ? toParticipant(row) : null;
  }

  async findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
    const row = this.statements.participantByToken.get(tokenHash);
    return row ? toParticipant(row) : null;
  }

  async listParticipants(sessionId: string): Promise<ParticipantRecord[]> {
    return this.statements.listParticipants.all(sessionId).map(toParticipant);
  }

  async recordAnswer(answer: AnswerRecord, guard: AnswerGuard): Promise<RecordAnswerResult> {
    const result = this.db
      .transaction((): RecordAnswerResult => {
        const existing = this.statements.getAnswer.get(answer.participantId, answer.questionId);
        if (existing) return { outcome: 'exists', answer: toAnswer(existing) };
        const state = this.statements.sessionState.get(answer.sessionId);
        const open =
          state?.status === 'active' &&
          (guard.questionIndex === null ||
            (state.current_index === guard.questionIndex && state.revealed === 0));
        if (!open) return { outcome: 'closed' };
        this.statements.insertAnswer.run({ ...answer, correct: answer.correct ? 1 : 0 });
        const bumped = this.statements.bumpVersion.get(
          answer.answeredAt,
          ANSWER_ROW_BYTES,
          answer.sessionId,
        );
        return { outcome: 'created', answer, version: bumped?.version ?? 0 };
      })
      .immediate();
    if (result.outcome === 'created') {
      this.changes.publish(answer.sessionId, result.version, 'activity');
    }
    return result;
  }

  async findAnswer(participantId: string, questionId: string): Promise<AnswerRecord | null> {
    const row = this.statements.getAnswer.get(participantId, questionId);
    return row ? toAnswer(row) : null;
  }

  async sessionSnapshot(sessionId: string): Promise<SessionSnapshot | null> {
    // Synchronous reads in one transaction: nothing commits between them.
    return this.db.transaction(() => {
      const row = this.statements.getSession.get(sessionId);
      if (!row) return null;
      return {
        session: toSession(row),
        participants: this.statements.listParticipants.all(sessionId).map(toParticipant),
        answers: this.statements.listAnswers.all(sessionId).map(toAnswer),
      };
    })();
  }

  async listAnswers(sessionId: string): Promise<AnswerRecord[]> {
    return this.statements.listAnswers.all(sessionId).map(toAnswer);
  }

  async listParticipantAnswers(participantId: string): Promise<AnswerRecord[]> {
    return this.statements.participantAnswers.all(participantId).map(toAnswer);
  }

  async sessionVersions(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = this.statements.sessionVersions.all(JSON.stringify(ids));
    return new Map(rows.map((row) => [row.id, row.version]));
  }

  async purgeExpiredBefore(cutoff: number): Promise<number> {
    return this.statements.purge.run(cutoff).changes;
  }

  async makeRoom(request: RoomRequest): Promise<boolean> {
    return this.db
      .transaction(() => {
        const used = this.statements.storedBytes.get()?.n ?? 0;
        const needed = used + request.bytes - request.maxBytes;
        if (needed <= 0) return true;
        this.statements.reclaim.run({ now: request.now, idleMs: request.idleMs, needed });
        return (this.statements.storedBytes.get()?.n ?? 0) + request.bytes <= request.maxBytes;
      })
      .immediate();
  }

  async storedBytes(): Promise<number> {
    return this.statements.storedBytes.get()?.n ?? 0;
  }

  async countAttempt(keys: readonly string[], windowMs: number, now: number): Promise<void> {
    this.db.transaction(() => {
      for (const key of keys) this.statements.countAttempt.run({ key, now, windowMs });
    })();
  }

  async attempts(
    keys: readonly string[],
    windowMs: number,
    now: number,
  ): Promise<Map<string, AttemptWindow>> {
    const rows = this.statements.attempts.all(JSON.stringify(keys));
    return new Map(
      rows
        .filter((row) => now - row.window_start < windowMs)
        .map((row) => [row.key, toAttemptWindow(row)]),
    );
  }

  async purgeAttemptsBefore(cutoff: number): Promise<number> {
    return this.statements.purgeAttempts.run(cutoff).changes;
  }

  async createWorkspace(workspace: WorkspaceRecord): Promise<void> {
    this.statements.insertWorkspace.run(workspace);
  }

  async findWorkspaceBySecretHash(secretHash: string): Promise<WorkspaceRecord | null> {
    const row = this.statements.workspaceBySecret.get(secretHash);
    return row ? { id: row.id, secretHash: row.secret_hash, createdAt: row.created_at } : null;
  }

  async replaceWorkspaceSecret(id: string, secretHash: string): Promise<boolean> {
    return this.statements.replaceSecret.run(secretHash, id).changes > 0;
  }

  async createArticle(article: NewWorkspaceArticle): Promise<WorkspaceArticleRecord> {
    this.statements.insertArticle.run(article);
    const stored = this.statements.getArticle.get(article.id);
    if (!stored) throw new Error(`article ${article.id} was not stored`);
    return toWorkspaceArticle(stored);
  }

  async getArticle(id: string): Promise<WorkspaceArticleRecord | null> {
    const row = this.statements.getArticle.get(id);
    return row ? toWorkspaceArticle(row) : null;
  }

  async listArticles(workspaceId: string): Promise<WorkspaceArticleSummary[]> {
    return this.statements.listArticles.all(workspaceId).map(toWorkspaceArticleSummary);
  }

  async findArticleByShareToken(token: string): Promise<WorkspaceArticleRecord | null> {
    const row = this.statements.articleByShare.get(token);
    return row ? toWorkspaceArticle(row) : null;
  }

  async claimGeneration(id: string, now: number, leaseUntil: number): Promise<boolean> {
    return this.statements.claimGeneration.run({ id, now, leaseUntil }).changes > 0;
  }

  async unclaimedGenerations(now: number): Promise<string[]> {
    return this.statements.unclaimed.all(now).map((row) => row.id);
  }

  async finishGeneration(id: string, result: GenerationResult, now: number): Promise<boolean> {
    return (
      this.statements.finishGeneration.run({
        id,
        status: result.status,
        quizJson: result.status === 'ready' ? result.quizJson : null,
        error: result.status === 'failed' ? result.error : null,
        now,
      }).changes > 0
    );
  }

  async restartGeneration(id: string, now: number): Promise<boolean> {
    return this.statements.restartGeneration.run({ id, now }).changes > 0;
  }

  async setSelection(id: string, selectionJson: string, now: number): Promise<boolean> {
    return this.statements.setSelection.run(selectionJson, now, id).changes > 0;
  }

  async setPublished(
    id: string,
    published: boolean,
    shareToken: string,
    now: number,
  ): Promise<boolean> {
    return this.statements.setPublished.run(published ? 1 : 0, shareToken, now, id).changes > 0;
  }

  async putQuestionEdit(edit: QuestionEditRecord): Promise<void> {
    this.statements.putEdit.run(edit);
  }

  async deleteQuestionEdit(articleId: string, questionId: string): Promise<boolean> {
    return this.statements.deleteEdit.run(articleId, questionId).changes > 0;
  }

  async listQuestionEdits(articleId: string): Promise<QuestionEditRecord[]> {
    return this.statements.listEdits.all(articleId).map(toQuestionEdit);
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.statements.deleteArticle.run(id).changes > 0;
  }

  async health(): Promise<StoreHealth> {
    const start = performance.now();
    const version = this.db.pragma('user_version', { simple: true }) as number;
    // Writes must still be possible, and to the file that is there: one deleted or replaced while the
    // server runs would swallow every answer and lose them at the next start.
    this.db.exec('BEGIN IMMEDIATE');
    this.db.exec('ROLLBACK');
    if (this.inode !== null) {
      let inode: number | null = null;
      try {
        inode = statSync(this.file).ino;
      } catch {
        // Gone: reported below.
      }
      if (inode !== this.inode) {
        throw new StoreUnusableError(
          `the database file ${this.file} was deleted or replaced while the server ran; restart it`,
        );
      }
    }
    return {
      kind: this.kind,
      schemaVersion: version,
      latencyMs: performance.now() - start,
      changes: 'in-process',
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
