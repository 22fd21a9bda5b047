import type { SessionEvents } from './events';

/**
 * Everything the server keeps, behind async interfaces with two implementations: SQLite (embedded, one app
 * instance; `sqlite-store.ts`) and PostgreSQL (shared by several instances; `postgres-store.ts`). Every
 * promise a write returns settles after its transaction has committed, so a caller that acknowledges
 * afterwards never acknowledges something it could still lose.
 *
 * Each kind of data has an interface of its own (`ClassroomStore`, `AttemptCounters`, `WorkspaceStore` for
 * the teacher workspace's articles, quizzes, edits and share links), which `Store` extends; each arrived
 * with one appended migration.
 */

export type SessionMode = 'teacher' | 'student';
export type SessionStatus = 'lobby' | 'active' | 'ended';

export interface SessionRecord {
  id: string;
  code: string;
  slug: string;
  mode: SessionMode;
  /** Student-paced only: show right/wrong and the evidence right after each answer. */
  feedback: boolean;
  /** The teacher closed the session to new students. */
  locked: boolean;
  /** New students wait ('pending') until the teacher admits them. */
  approveJoins: boolean;
  /** Ids of the questions asked live, in order. */
  questionIds: string[];
  hostHash: string;
  status: SessionStatus;
  /** Teacher-paced: index into questionIds; -1 before the first question. */
  currentIndex: number;
  revealed: boolean;
  /** Bumped on every change clients should see; SSE tells clients the new value. */
  version: number;
  createdAt: number;
  lastActivityAt: number;
  expiresAt: number;
}

/**
 * 'pending': joined a session that needs the teacher's approval, not yet admitted (sees a waiting screen,
 * cannot answer); 'removed': taken out by the teacher (their token is refused; kept so the phone can be told
 * why, and left out of results and of the cap).
 */
export type ParticipantStatus = 'admitted' | 'pending' | 'removed';

export interface ParticipantRecord {
  id: string;
  sessionId: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
  status: ParticipantStatus;
}

/** A participant to add: `nameKey` (see nameKey in names.ts) is unique among a session's present names. */
export type NewParticipant = ParticipantRecord & {
  status: 'admitted' | 'pending';
  nameKey: string;
};

export type AddParticipantResult =
  | { outcome: 'added'; version: number }
  /** The session holds `cap` participants who are not removed. */
  | { outcome: 'full' }
  /** Another present participant of the session has a name with the same key. */
  | { outcome: 'name-taken' }
  /** The teacher locked the session (checked in the transaction, so a join racing the lock is refused). */
  | { outcome: 'locked' };

export interface AnswerRecord {
  sessionId: string;
  participantId: string;
  questionId: string;
  choice: string;
  correct: boolean;
  submissionId: string;
  answeredAt: number;
}

export type NewSession = Omit<SessionRecord, 'version'> & {
  /** The quiz as it was when the session started, so a regenerated quiz cannot change a running class. */
  quizJson: string;
};

export interface SessionPatch {
  status?: SessionStatus;
  currentIndex?: number;
  revealed?: boolean;
  locked?: boolean;
  approveJoins?: boolean;
  lastActivityAt?: number;
}

/** The bound on what sessions may take in the store, and what counts as expired when room is needed. */
export interface RoomRequest {
  /** The size of what is about to be stored. */
  bytes: number;
  maxBytes: number;
  now: number;
  idleMs: number;
}

/** When a join code held by an earlier session may be given again: that session has expired by then. */
export interface CodeRelease {
  now: number;
  idleMs: number;
}

/**
 * What must still hold when an answer is stored, checked in the transaction that stores it, so an answer
 * racing a reveal or "next" on another instance is either stored before it or refused after it.
 */
export interface AnswerGuard {
  /**
   * Teacher-paced: the position of the answered question in the session, which must be the one on screen,
   * not yet revealed. null (student-paced): any question while the session is active.
   */
  questionIndex: number | null;
}

export type RecordAnswerResult =
  | { outcome: 'created'; answer: AnswerRecord; version: number }
  /** The participant had already answered this question: the stored answer. */
  | { outcome: 'exists'; answer: AnswerRecord }
  /** The session is no longer active, or moved on from the question, before the answer could be stored. */
  | { outcome: 'closed' };

export interface SessionSnapshot {
  session: SessionRecord;
  /** Every participant, removed ones included, in the order they joined. */
  participants: ParticipantRecord[];
  answers: AnswerRecord[];
}

export interface ClassroomStore {
  /**
   * Stores a new session that holds `session.code` as its join code, unless a live session holds that
   * code (one that has not ended and has not expired as of `release`): then 'code-taken', and nothing is
   * stored. Unique across every instance sharing the store.
   */
  createSession(session: NewSession, release: CodeRelease): Promise<SessionRecord | 'code-taken'>;
  getSession(id: string): Promise<SessionRecord | null>;
  /** The quiz snapshot, read apart from the session row because it is large and rarely needed. */
  getSessionQuiz(id: string): Promise<string | null>;
  /** The newest session that was given this join code (codes are reused once a session is over). */
  findSessionByCode(code: string): Promise<SessionRecord | null>;
  /** Applies the patch, bumps `version` and announces a 'control' change; null when there is no such session. */
  updateSession(id: string, patch: SessionPatch): Promise<SessionRecord | null>;
  /**
   * Adds the participant unless the session is locked, already holds `cap` participants who are not
   * removed, or has a present participant with the same name key: atomically across instances. Bumps
   * `version` and announces an 'activity' change when added.
   */
  addParticipant(participant: NewParticipant, cap: number): Promise<AddParticipantResult>;
  /**
   * Admits pending participants or removes participants of a session (a removed one frees their name and
   * their place), bumps `version` and announces a 'control' change, since phones must learn of it. Admitting
   * changes only pending participants. Returns how many changed, or null when there is no such session.
   */
  setParticipantStatus(
    sessionId: string,
    participantIds: readonly string[],
    status: 'admitted' | 'removed',
    now: number,
  ): Promise<{ changed: number; version: number } | null>;
  getParticipant(id: string): Promise<ParticipantRecord | null>;
  findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | null>;
  /** Every participant of the session, removed ones included, in the order they joined. */
  listParticipants(sessionId: string): Promise<ParticipantRecord[]>;
  /**
   * Stores the first answer of a participant to a question, if the guard holds, with a version bump and an
   * 'activity' change, in one transaction. A resend finds the stored answer ('exists'), whether or not the
   * guard still holds.
   */
  recordAnswer(answer: AnswerRecord, guard: AnswerGuard): Promise<RecordAnswerResult>;
  /**
   * The session with its participants and answers, all as of one moment (one read transaction), so what
   * is listed is exactly what its `version` holds: a teacher's view, and the changes since an earlier one.
   */
  sessionSnapshot(sessionId: string): Promise<SessionSnapshot | null>;
  findAnswer(participantId: string, questionId: string): Promise<AnswerRecord | null>;
  listAnswers(sessionId: string): Promise<AnswerRecord[]>;
  listParticipantAnswers(participantId: string): Promise<AnswerRecord[]>;
  /** The current version of each of these sessions that exists (to catch up after missed changes). */
  sessionVersions(ids: readonly string[]): Promise<Map<string, number>>;
  /** Deletes sessions (with their participants and answers) that expired before `cutoff`; returns how many. */
  purgeExpiredBefore(cutoff: number): Promise<number>;
  /**
   * Makes room for `bytes` more under `maxBytes` by deleting expired sessions (past their expiry or their
   * idle time), the longest expired first, even before their retention ends; never a live one.
   * Returns whether the room is there now.
   */
  makeRoom(request: RoomRequest): Promise<boolean>;
  /** What the sessions take, as the storage bound counts it. */
  storedBytes(): Promise<number>;
}

export interface AttemptWindow {
  count: number;
  windowStart: number;
  lastAt: number;
}

/** Fixed-window attempt counters (rate limits), shared by every instance using the store. */
export interface AttemptCounters {
  /**
   * Counts one attempt against each key, atomically. A key's window starts at its first attempt and lasts
   * `windowMs`; an attempt after that starts a new window.
   */
  countAttempt(keys: readonly string[], windowMs: number, now: number): Promise<void>;
  /**
   * Attempts in each key's current window, with when it started and when the last one was counted; keys
   * with none are absent.
   */
  attempts(
    keys: readonly string[],
    windowMs: number,
    now: number,
  ): Promise<Map<string, AttemptWindow>>;
  /** Forgets windows that started before `cutoff`; returns how many. */
  purgeAttemptsBefore(cutoff: number): Promise<number>;
}

export type ArticleStatus = 'generating' | 'ready' | 'failed';

/** A teacher workspace: no account, only the hash of the secret its cookie and private link hold. */
export interface WorkspaceRecord {
  id: string;
  secretHash: string;
  createdAt: number;
}

/** An article brought into a workspace, and the quiz generated from it (JSON kept as text). */
export interface WorkspaceArticleRecord {
  id: string;
  workspaceId: string;
  title: string;
  /** Where it came from: pasted text, a file, a web address, or a quiz made in the browser. */
  sourceKind: 'text' | 'file' | 'url' | 'browser';
  /** The web address it was fetched from (after redirects), when it came from one. */
  sourceUrl: string | null;
  /** The engine's input (`ArticleInput`) as JSON: regeneration starts again from it. */
  inputJson: string;
  status: ArticleStatus;
  /** The checked quiz as generated (before the teacher's edits), once ready. */
  quizJson: string | null;
  /** Why generation failed, in one sentence. */
  error: string | null;
  /** The teacher's order and count (JSON), null until they choose. */
  selectionJson: string | null;
  /** Public link token; the link works only while `published`. */
  shareToken: string;
  published: boolean;
  createdAt: number;
  updatedAt: number;
  /** While generating: until when the instance that claimed the job holds it (then another may). */
  leaseUntil: number | null;
}

export type WorkspaceArticleSummary = Omit<
  WorkspaceArticleRecord,
  'inputJson' | 'quizJson' | 'selectionJson'
>;

export type NewWorkspaceArticle = Omit<
  WorkspaceArticleRecord,
  'status' | 'quizJson' | 'error' | 'selectionJson' | 'published' | 'updatedAt' | 'leaseUntil'
>;

/** One teacher edit of one question (JSON validated by lib/workspace), keyed by the question's id. */
export interface QuestionEditRecord {
  articleId: string;
  questionId: string;
  editJson: string;
  updatedAt: number;
}

export type GenerationResult =
  { status: 'ready'; quizJson: string } | { status: 'failed'; error: string };

export interface WorkspaceStore {
  createWorkspace(workspace: WorkspaceRecord): Promise<void>;
  findWorkspaceBySecretHash(secretHash: string): Promise<WorkspaceRecord | null>;
  /** Replaces the secret (the old link and cookies stop working); false when there is no such workspace. */
  replaceWorkspaceSecret(id: string, secretHash: string): Promise<boolean>;
  /** Stores a new article, generating, with its whole input: it is never stored without it. */
  createArticle(article: NewWorkspaceArticle): Promise<WorkspaceArticleRecord>;
  getArticle(id: string): Promise<WorkspaceArticleRecord | null>;
  /** A workspace's articles, newest first, without their (large) JSON. */
  listArticles(workspaceId: string): Promise<WorkspaceArticleSummary[]>;
  findArticleByShareToken(token: string): Promise<WorkspaceArticleRecord | null>;
  /**
   * Takes the generation of a generating article whose lease is free or over, until `leaseUntil`;
   * false when another instance holds it or it is not generating. One claimant wins across instances.
   */
  claimGeneration(id: string, now: number, leaseUntil: number): Promise<boolean>;
  /** Generating articles whose lease is free or over as of `now` (an instance died mid-job). */
  unclaimedGenerations(now: number): Promise<string[]>;
  /** Ends a generation with its quiz or its failure; false when the article is gone or not generating. */
  finishGeneration(id: string, result: GenerationResult, now: number): Promise<boolean>;
  /** Generates again from the stored input (the quiz is kept until the new one replaces it). */
  restartGeneration(id: string, now: number): Promise<boolean>;
  setSelection(id: string, selectionJson: string, now: number): Promise<boolean>;
  setPublished(id: string, published: boolean, shareToken: string, now: number): Promise<boolean>;
  putQuestionEdit(edit: QuestionEditRecord): Promise<void>;
  deleteQuestionEdit(articleId: string, questionId: string): Promise<boolean>;
  listQuestionEdits(articleId: string): Promise<QuestionEditRecord[]>;
  /** Deletes the article with its edits. */
  deleteArticle(id: string): Promise<boolean>;
}

export type StoreKind = 'sqlite' | 'postgres';

export interface StoreHealth {
  kind: StoreKind;
  /** The schema version the database is at (the code's, since it refuses to start otherwise). */
  schemaVersion: number;
  /** One round trip to the database. */
  latencyMs: number;
  /**
   * How this instance learns of other instances' writes: 'in-process' (SQLite, one instance), or the state
   * of PostgreSQL's LISTEN connection.
   */
  changes: 'in-process' | 'listening' | 'reconnecting';
}

export interface Store extends ClassroomStore, AttemptCounters, WorkspaceStore {
  readonly kind: StoreKind;
  /** Session changes written by any instance sharing this store, for this instance's SSE streams. */
  readonly changes: SessionEvents;
  /** Throws when the database cannot be reached. */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
