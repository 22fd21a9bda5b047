/**
 * Persistence for live classroom sessions, behind an interface so the embedded SQLite default can be swapped
 * for a shared database (PostgreSQL) when several app instances serve one class.
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

export interface ParticipantRecord {
  id: string;
  sessionId: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
}

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
  lastActivityAt?: number;
}

export interface ClassroomStore {
  createSession(session: NewSession): SessionRecord;
  getSession(id: string): SessionRecord | null;
  /** The quiz snapshot, read apart from the session row because it is large and rarely needed. */
  getSessionQuiz(id: string): string | null;
  /** The newest session that was given this join code (codes are reused once a session is over). */
  findSessionByCode(code: string): SessionRecord | null;
  /** Applies the patch and bumps `version`; null when there is no such session. */
  updateSession(id: string, patch: SessionPatch): SessionRecord | null;
  /** Adds the participant unless the session already holds `cap` of them (atomic). */
  addParticipant(participant: ParticipantRecord, cap: number): 'added' | 'full';
  findParticipantByTokenHash(tokenHash: string): ParticipantRecord | null;
  listParticipants(sessionId: string): ParticipantRecord[];
  /**
   * Stores the first answer of a participant to a question and bumps the session version, in one
   * transaction; returns the answer already stored (and `created: false`) when there is one.
   */
  recordAnswer(answer: AnswerRecord): { answer: AnswerRecord; created: boolean };
  findAnswer(participantId: string, questionId: string): AnswerRecord | null;
  listAnswers(sessionId: string): AnswerRecord[];
  listParticipantAnswers(participantId: string): AnswerRecord[];
  /** Deletes sessions (with their participants and answers) that expired before `cutoff`; returns how many. */
  purgeExpiredBefore(cutoff: number): number;
  close(): void;
}
