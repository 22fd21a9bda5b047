import type {
  AnswerRecord,
  AttemptWindow,
  ParticipantRecord,
  ParticipantStatus,
  QuestionEditRecord,
  SessionRecord,
  WorkspaceArticleRecord,
  WorkspaceArticleSummary,
} from './store';

/**
 * Rows as both backends return them, and their mapping to records. SQLite has no booleans or arrays (0/1
 * and JSON text); PostgreSQL returns both natively. Every other column reads the same.
 */

// Every column but quiz_json: the snapshot is tens of kilobytes and sessions are read on every request.
export const SESSION_COLUMNS = `id, code, slug, mode, feedback, locked, approve_joins, question_ids, host_hash,
  status, current_index, revealed, version, created_at, last_activity_at, expires_at`;
export const PARTICIPANT_COLUMNS = 'id, session_id, name, token_hash, joined_at, status';
export const ANSWER_COLUMNS =
  'session_id, participant_id, question_id, choice, correct, submission_id, answered_at';

type Flag = boolean | number;

export interface SessionRow {
  id: string;
  code: string;
  slug: string;
  mode: 'teacher' | 'student';
  feedback: Flag;
  locked: Flag;
  approve_joins: Flag;
  question_ids: string | string[];
  host_hash: string;
  status: 'lobby' | 'active' | 'ended';
  current_index: number;
  revealed: Flag;
  version: number;
  created_at: number;
  last_activity_at: number;
  expires_at: number;
}

export interface ParticipantRow {
  id: string;
  session_id: string;
  name: string;
  token_hash: string;
  joined_at: number;
  status: ParticipantStatus;
}

export interface AttemptRow {
  key: string;
  window_start: number;
  count: number;
  last_at: number;
}

export interface AnswerRow {
  session_id: string;
  participant_id: string;
  question_id: string;
  choice: string;
  correct: Flag;
  submission_id: string;
  answered_at: number;
}

const flag = (value: Flag) => value === true || value === 1;

export const toSession = (row: SessionRow): SessionRecord => ({
  id: row.id,
  code: row.code,
  slug: row.slug,
  mode: row.mode,
  feedback: flag(row.feedback),
  locked: flag(row.locked),
  approveJoins: flag(row.approve_joins),
  questionIds:
    typeof row.question_ids === 'string'
      ? (JSON.parse(row.question_ids) as string[])
      : row.question_ids,
  hostHash: row.host_hash,
  status: row.status,
  currentIndex: row.current_index,
  revealed: flag(row.revealed),
  version: row.version,
  createdAt: row.created_at,
  lastActivityAt: row.last_activity_at,
  expiresAt: row.expires_at,
});

export const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  id: row.id,
  sessionId: row.session_id,
  name: row.name,
  tokenHash: row.token_hash,
  joinedAt: row.joined_at,
  status: row.status,
});

export const toAttemptWindow = (row: AttemptRow): AttemptWindow => ({
  count: row.count,
  windowStart: row.window_start,
  lastAt: row.last_at,
});

export const toAnswer = (row: AnswerRow): AnswerRecord => ({
  sessionId: row.session_id,
  participantId: row.participant_id,
  questionId: row.question_id,
  choice: row.choice,
  correct: flag(row.correct),
  submissionId: row.submission_id,
  answeredAt: row.answered_at,
});

export const WORKSPACE_ARTICLE_SUMMARY_COLUMNS = `id, workspace_id, title, source_kind, source_url, status, error,
  share_token, published, created_at, updated_at, lease_until`;
export const WORKSPACE_ARTICLE_COLUMNS = `${WORKSPACE_ARTICLE_SUMMARY_COLUMNS}, input_json, quiz_json,
  selection_json`;

export interface WorkspaceArticleSummaryRow {
  id: string;
  workspace_id: string;
  title: string;
  source_kind: WorkspaceArticleRecord['sourceKind'];
  source_url: string | null;
  status: WorkspaceArticleRecord['status'];
  error: string | null;
  share_token: string;
  published: Flag;
  created_at: number;
  updated_at: number;
  lease_until: number | null;
}

export interface WorkspaceArticleRow extends WorkspaceArticleSummaryRow {
  input_json: string;
  quiz_json: string | null;
  selection_json: string | null;
}

export interface QuestionEditRow {
  article_id: string;
  question_id: string;
  edit_json: string;
  updated_at: number;
}

export const toWorkspaceArticleSummary = (
  row: WorkspaceArticleSummaryRow,
): WorkspaceArticleSummary => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  sourceKind: row.source_kind,
  sourceUrl: row.source_url,
  status: row.status,
  error: row.error,
  shareToken: row.share_token,
  published: flag(row.published),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  leaseUntil: row.lease_until,
});

export const toWorkspaceArticle = (row: WorkspaceArticleRow): WorkspaceArticleRecord => ({
  ...toWorkspaceArticleSummary(row),
  inputJson: row.input_json,
  quizJson: row.quiz_json,
  selectionJson: row.selection_json,
});

export const toQuestionEdit = (row: QuestionEditRow): QuestionEditRecord => ({
  articleId: row.article_id,
  questionId: row.question_id,
  editJson: row.edit_json,
  updatedAt: row.updated_at,
});
