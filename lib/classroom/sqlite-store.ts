import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {
  AnswerRecord,
  ClassroomStore,
  NewSession,
  ParticipantRecord,
  SessionPatch,
  SessionRecord,
} from './store';

/** Each entry migrates the schema from version i to i + 1; never edit a released entry, append one. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     code TEXT NOT NULL,
     slug TEXT NOT NULL,
     mode TEXT NOT NULL CHECK (mode IN ('teacher', 'student')),
     feedback INTEGER NOT NULL DEFAULT 0,
     quiz_json TEXT NOT NULL,
     question_ids TEXT NOT NULL,
     host_hash TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('lobby', 'active', 'ended')),
     current_index INTEGER NOT NULL DEFAULT -1,
     revealed INTEGER NOT NULL DEFAULT 0,
     version INTEGER NOT NULL DEFAULT 1,
     created_at INTEGER NOT NULL,
     last_activity_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_code ON sessions (code, created_at);
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     joined_at INTEGER NOT NULL
   );
   CREATE INDEX participants_session ON participants (session_id, joined_at);
   CREATE TABLE answers (
     session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
     question_id TEXT NOT NULL,
     choice TEXT NOT NULL,
     correct INTEGER NOT NULL,
     submission_id TEXT NOT NULL,
     answered_at INTEGER NOT NULL,
     PRIMARY KEY (participant_id, question_id)
   );
   CREATE INDEX answers_session ON answers (session_id);`,
];

interface SessionRow {
  id: string;
  code: string;
  slug: string;
  mode: 'teacher' | 'student';
  feedback: number;
  question_ids: string;
  host_hash: string;
  status: 'lobby' | 'active' | 'ended';
  current_index: number;
  revealed: number;
  version: number;
  created_at: number;
  last_activity_at: number;
  expires_at: number;
}

interface ParticipantRow {
  id: string;
  session_id: string;
  name: string;
  token_hash: string;
  joined_at: number;
}

interface AnswerRow {
  session_id: string;
  participant_id: string;
  question_id: string;
  choice: string;
  correct: number;
  submission_id: string;
  answered_at: number;
}

// Every column but quiz_json: the snapshot is tens of kilobytes and sessions are read on every request.
const SESSION_COLUMNS = `id, code, slug, mode, feedback, question_ids, host_hash, status, current_index,
  revealed, version, created_at, last_activity_at, expires_at`;

const toSession = (row: SessionRow): SessionRecord => ({
  id: row.id,
  code: row.code,
  slug: row.slug,
  mode: row.mode,
  feedback: row.feedback === 1,
  questionIds: JSON.parse(row.question_ids) as string[],
  hostHash: row.host_hash,
  status: row.status,
  currentIndex: row.current_index,
  revealed: row.revealed === 1,
  version: row.version,
  createdAt: row.created_at,
  lastActivityAt: row.last_activity_at,
  expiresAt: row.expires_at,
});

const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  id: row.id,
  sessionId: row.session_id,
  name: row.name,
  tokenHash: row.token_hash,
  joinedAt: row.joined_at,
});

const toAnswer = (row: AnswerRow): AnswerRecord => ({
  sessionId: row.session_id,
  participantId: row.participant_id,
  questionId: row.question_id,
  choice: row.choice,
  correct: row.correct === 1,
  submissionId: row.submission_id,
  answeredAt: row.answered_at,
});

/** Runs pending migrations inside one transaction each, tracked by SQLite's `user_version`. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

/**
 * The embedded default. better-sqlite3 is synchronous: when a method returns, its transaction is committed,
 * so a route handler that acknowledges afterwards never acknowledges an answer it could still lose.
 */
export class SqliteClassroomStore implements ClassroomStore {
  private readonly db: Database.Database;
  private readonly statements;

  /** `file` is a path (its directory is created) or ':memory:' for tests. */
  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a committed answer survives power loss too, not only a crashed process.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    const db = this.db;
    this.statements = {
      insertSession: db.prepare(
        `INSERT INTO sessions (id, code, slug, mode, feedback, quiz_json, question_ids, host_hash, status,
           current_index, revealed, version, created_at, last_activity_at, expires_at)
         VALUES (@id, @code, @slug, @mode, @feedback, @quizJson, @questionIds, @hostHash, @status,
           @currentIndex, @revealed, 1, @createdAt, @lastActivityAt, @expiresAt)`,
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
      updateSession: db.prepare(
        `UPDATE sessions SET status = coalesce(@status, status),
           current_index = coalesce(@currentIndex, current_index),
           revealed = coalesce(@revealed, revealed),
           last_activity_at = coalesce(@lastActivityAt, last_activity_at),
           version = version + 1
         WHERE id = @id`,
      ),
      bumpVersion: db.prepare(
        'UPDATE sessions SET version = version + 1, last_activity_at = ? WHERE id = ?',
      ),
      countParticipants: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM participants WHERE session_id = ?',
      ),
      insertParticipant: db.prepare(
        `INSERT INTO participants (id, session_id, name, token_hash, joined_at)
         VALUES (@id, @sessionId, @name, @tokenHash, @joinedAt)`,
      ),
      participantByToken: db.prepare<[string], ParticipantRow>(
        'SELECT * FROM participants WHERE token_hash = ?',
      ),
      listParticipants: db.prepare<[string], ParticipantRow>(
        'SELECT * FROM participants WHERE session_id = ? ORDER BY joined_at, rowid',
      ),
      getAnswer: db.prepare<[string, string], AnswerRow>(
        'SELECT * FROM answers WHERE participant_id = ? AND question_id = ?',
      ),
      insertAnswer: db.prepare(
        `INSERT INTO answers (session_id, participant_id, question_id, choice, correct, submission_id, answered_at)
         VALUES (@sessionId, @participantId, @questionId, @choice, @correct, @submissionId, @answeredAt)`,
      ),
      participantAnswers: db.prepare<[string], AnswerRow>(
        'SELECT * FROM answers WHERE participant_id = ? ORDER BY answered_at, rowid',
      ),
      purge: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
      listAnswers: db.prepare<[string], AnswerRow>(
        'SELECT * FROM answers WHERE session_id = ? ORDER BY answered_at, rowid',
      ),
    };
  }

  createSession(session: NewSession): SessionRecord {
    this.statements.insertSession.run({
      ...session,
      feedback: session.feedback ? 1 : 0,
      questionIds: JSON.stringify(session.questionIds),
      revealed: session.revealed ? 1 : 0,
    });
    const { quizJson: _stored, ...record } = session;
    return { ...record, version: 1 };
  }

  getSession(id: string): SessionRecord | null {
    const row = this.statements.getSession.get(id);
    return row ? toSession(row) : null;
  }

  getSessionQuiz(id: string): string | null {
    return this.statements.getSessionQuiz.get(id)?.quiz_json ?? null;
  }

  findSessionByCode(code: string): SessionRecord | null {
    const row = this.statements.findByCode.get(code);
    return row ? toSession(row) : null;
  }

  updateSession(id: string, patch: SessionPatch): SessionRecord | null {
    const result = this.statements.updateSession.run({
      id,
      status: patch.status ?? null,
      currentIndex: patch.currentIndex ?? null,
      revealed: patch.revealed === undefined ? null : patch.revealed ? 1 : 0,
      lastActivityAt: patch.lastActivityAt ?? null,
    });
    return result.changes === 0 ? null : this.getSession(id);
  }

  addParticipant(participant: ParticipantRecord, cap: number): 'added' | 'full' {
    return this.db
      .transaction(() => {
        const count = this.statements.countParticipants.get(participant.sessionId)?.n ?? 0;
        if (count >= cap) return 'full' as const;
        this.statements.insertParticipant.run(participant);
        this.statements.bumpVersion.run(participant.joinedAt, participant.sessionId);
        return 'added' as const;
      })
      .immediate();
  }

  findParticipantByTokenHash(tokenHash: string): ParticipantRecord | null {
    const row = this.statements.participantByToken.get(tokenHash);
    return row ? toParticipant(row) : null;
  }

  listParticipants(sessionId: string): ParticipantRecord[] {
    return this.statements.listParticipants.all(sessionId).map(toParticipant);
  }

  recordAnswer(answer: AnswerRecord): { answer: AnswerRecord; created: boolean } {
    return this.db
      .transaction(() => {
        const existing = this.statements.getAnswer.get(answer.participantId, answer.questionId);
        if (existing) return { answer: toAnswer(existing), created: false };
        this.statements.insertAnswer.run({ ...answer, correct: answer.correct ? 1 : 0 });
        this.statements.bumpVersion.run(answer.answeredAt, answer.sessionId);
        return { answer, created: true };
      })
      .immediate();
  }

  findAnswer(participantId: string, questionId: string): AnswerRecord | null {
    const row = this.statements.getAnswer.get(participantId, questionId);
    return row ? toAnswer(row) : null;
  }

  listAnswers(sessionId: string): AnswerRecord[] {
    return this.statements.listAnswers.all(sessionId).map(toAnswer);
  }

  listParticipantAnswers(participantId: string): AnswerRecord[] {
    return this.statements.participantAnswers.all(participantId).map(toAnswer);
  }

  purgeExpiredBefore(cutoff: number): number {
    return this.statements.purge.run(cutoff).changes;
  }

  close(): void {
    this.db.close();
  }
}
