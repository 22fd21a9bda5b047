/**
 * The schema of both backends, one numbered list: entry i migrates a database from version i to i + 1, with
 * the same meaning in SQLite and in PostgreSQL, so "schema version 2" names one shape whichever backend
 * holds it. Never edit a released entry; append one (and a frozen fixture of the version it leaves).
 */
/**
 * The storage bound counts a participant's and an answer's row at a fixed size (a name of at most 40
 * characters, ids and hashes, indexes): the numbers are part of the schema, since stored_bytes adds them up.
 */
export const PARTICIPANT_ROW_BYTES = 512;
export const ANSWER_ROW_BYTES = 256;

export interface Migration {
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'sessions, participants and answers',
    sqlite: `CREATE TABLE sessions (
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
    // Times are milliseconds since the epoch, as in SQLite; `seq` keeps insertion order where SQLite has rowid.
    postgres: `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     seq BIGINT GENERATED ALWAYS AS IDENTITY,
     code TEXT NOT NULL,
     slug TEXT NOT NULL,
     mode TEXT NOT NULL CHECK (mode IN ('teacher', 'student')),
     feedback BOOLEAN NOT NULL DEFAULT false,
     quiz_json TEXT NOT NULL,
     question_ids TEXT[] NOT NULL,
     host_hash TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('lobby', 'active', 'ended')),
     current_index INTEGER NOT NULL DEFAULT -1,
     revealed BOOLEAN NOT NULL DEFAULT false,
     version BIGINT NOT NULL DEFAULT 1,
     created_at BIGINT NOT NULL,
     last_activity_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX sessions_code ON sessions (code, created_at);
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     seq BIGINT GENERATED ALWAYS AS IDENTITY,
     session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     joined_at BIGINT NOT NULL
   );
   CREATE INDEX participants_session ON participants (session_id, joined_at);
   CREATE TABLE answers (
     seq BIGINT GENERATED ALWAYS AS IDENTITY,
     session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
     question_id TEXT NOT NULL,
     choice TEXT NOT NULL,
     correct BOOLEAN NOT NULL,
     submission_id TEXT NOT NULL,
     answered_at BIGINT NOT NULL,
     PRIMARY KEY (participant_id, question_id)
   );
   CREATE INDEX answers_session ON answers (session_id);`,
  },
  {
    // A join code is unique among live sessions by an index, not by a check that two instances could pass
    // at once: live_code is the code while the session can be joined, NULL once it has ended or expired.
    // Backfill: the newest unended session with each code keeps it.
    name: 'unique live join codes, attempt counters',
    sqlite: `ALTER TABLE sessions ADD COLUMN live_code TEXT;
   UPDATE sessions SET live_code = code
     WHERE status <> 'ended'
       AND rowid = (SELECT s.rowid FROM sessions s WHERE s.code = sessions.code
                    ORDER BY s.created_at DESC, s.rowid DESC LIMIT 1);
   CREATE UNIQUE INDEX sessions_live_code ON sessions (live_code);
   CREATE INDEX sessions_expires ON sessions (expires_at);
   CREATE TABLE attempts (
     key TEXT PRIMARY KEY,
     window_start INTEGER NOT NULL,
     count INTEGER NOT NULL
   );`,
    postgres: `ALTER TABLE sessions ADD COLUMN live_code TEXT;
   UPDATE sessions SET live_code = code
     WHERE status <> 'ended'
       AND seq = (SELECT s.seq FROM sessions s WHERE s.code = sessions.code
                  ORDER BY s.created_at DESC, s.seq DESC LIMIT 1);
   CREATE UNIQUE INDEX sessions_live_code ON sessions (live_code);
   CREATE INDEX sessions_expires ON sessions (expires_at);
   CREATE TABLE attempts (
     key TEXT PRIMARY KEY,
     window_start BIGINT NOT NULL,
     count INTEGER NOT NULL
   );`,
  },
  {
    // Class control: a lobby the teacher can lock, joins the teacher approves, participants the teacher can
    // remove (kept, with their answers, so a removed phone can be told why), one display name per session
    // (name_key, NULL once removed and for rows from before this version; unique per session, and NULLs
    // never clash). stored_bytes: what a session takes (its quiz snapshot, then a fixed allowance per
    // participant and answer, added by the writes that add them), for the bound on storage. last_at: when
    // an attempt was last counted, for the doubling wait after a rate limit's budget.
    name: 'class control, storage accounting, attempt backoff',
    sqlite: `ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE sessions ADD COLUMN approve_joins INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE sessions ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0;
   UPDATE sessions SET stored_bytes = length(CAST(quiz_json AS BLOB))
     + ${PARTICIPANT_ROW_BYTES} * (SELECT count(*) FROM participants p WHERE p.session_id = sessions.id)
     + ${ANSWER_ROW_BYTES} * (SELECT count(*) FROM answers a WHERE a.session_id = sessions.id);
   ALTER TABLE participants ADD COLUMN status TEXT NOT NULL DEFAULT 'admitted'
     CHECK (status IN ('admitted', 'pending', 'removed'));
   ALTER TABLE participants ADD COLUMN name_key TEXT;
   CREATE UNIQUE INDEX participants_name ON participants (session_id, name_key);
   ALTER TABLE attempts ADD COLUMN last_at INTEGER NOT NULL DEFAULT 0;
   UPDATE attempts SET last_at = window_start;`,
    postgres: `ALTER TABLE sessions ADD COLUMN locked BOOLEAN NOT NULL DEFAULT false;
   ALTER TABLE sessions ADD COLUMN approve_joins BOOLEAN NOT NULL DEFAULT false;
   ALTER TABLE sessions ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;
   UPDATE sessions SET stored_bytes = octet_length(quiz_json)
     + ${PARTICIPANT_ROW_BYTES} * (SELECT count(*) FROM participants p WHERE p.session_id = sessions.id)
     + ${ANSWER_ROW_BYTES} * (SELECT count(*) FROM answers a WHERE a.session_id = sessions.id);
   ALTER TABLE participants ADD COLUMN status TEXT NOT NULL DEFAULT 'admitted'
     CHECK (status IN ('admitted', 'pending', 'removed'));
   ALTER TABLE participants ADD COLUMN name_key TEXT;
   CREATE UNIQUE INDEX participants_name ON participants (session_id, name_key);
   ALTER TABLE attempts ADD COLUMN last_at BIGINT NOT NULL DEFAULT 0;
   UPDATE attempts SET last_at = window_start;`,
  },
  {
    // The teacher workspace. Edits are rows keyed by question id, apart from the generated quiz, so a
    // regenerated quiz keeps them (and an edit whose question is gone stays, to be listed).
    name: 'teacher workspaces, their articles, quizzes and question edits',
    sqlite: `CREATE TABLE workspaces (
     id TEXT PRIMARY KEY,
     secret_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE workspace_articles (
     id TEXT PRIMARY KEY,
     workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     source_kind TEXT NOT NULL CHECK (source_kind IN ('text', 'file', 'url', 'browser')),
     source_url TEXT,
     input_json TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('generating', 'ready', 'failed')),
     quiz_json TEXT,
     error TEXT,
     selection_json TEXT,
     share_token TEXT NOT NULL UNIQUE,
     published INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     lease_until INTEGER
   );
   CREATE INDEX workspace_articles_workspace ON workspace_articles (workspace_id, created_at);
   CREATE INDEX workspace_articles_generating ON workspace_articles (status, lease_until);
   CREATE TABLE workspace_question_edits (
     article_id TEXT NOT NULL REFERENCES workspace_articles (id) ON DELETE CASCADE,
     question_id TEXT NOT NULL,
     edit_json TEXT NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (article_id, question_id)
   );`,
    postgres: `CREATE TABLE workspaces (
     id TEXT PRIMARY KEY,
     secret_hash TEXT NOT NULL UNIQUE,
     created_at BIGINT NOT NULL
   );
   CREATE TABLE workspace_articles (
     id TEXT PRIMARY KEY,
     workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     source_kind TEXT NOT NULL CHECK (source_kind IN ('text', 'file', 'url', 'browser')),
     source_url TEXT,
     input_json TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('generating', 'ready', 'failed')),
     quiz_json TEXT,
     error TEXT,
     selection_json TEXT,
     share_token TEXT NOT NULL UNIQUE,
     published BOOLEAN NOT NULL DEFAULT false,
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     lease_until BIGINT
   );
   CREATE INDEX workspace_articles_workspace ON workspace_articles (workspace_id, created_at);
   CREATE INDEX workspace_articles_generating ON workspace_articles (status, lease_until);
   CREATE TABLE workspace_question_edits (
     article_id TEXT NOT NULL REFERENCES workspace_articles (id) ON DELETE CASCADE,
     question_id TEXT NOT NULL,
     edit_json TEXT NOT NULL,
     updated_at BIGINT NOT NULL,
     PRIMARY KEY (article_id, question_id)
   );`,
  },
];

/** The schema version this build of the code expects. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** The database was migrated by a newer build: running older code on it could corrupt it. */
export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(
      `the database schema is version ${found}, newer than this build of Cited understands (${SCHEMA_VERSION}); deploy the newer build or restore a matching backup`,
    );
    this.name = 'SchemaTooNewError';
  }
}
