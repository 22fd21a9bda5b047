import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { isWorkspaceArticleId } from '@/lib/workspace/ids';
import { parseStoredQuiz } from '@/lib/stored-quiz';
import { classScreen, type ClassScreenView } from './class-screen';
import {
  askedQuestions,
  liveQuestions,
  publicQuestion,
  revealedQuestion,
  type LiveQuestion,
  type PublicQuestion,
  type RevealedQuestion,
} from './live-questions';
import { publicLiveState, type PublicLiveState } from './live-state';
import { nameKey, suggestName } from './names';
import { chosenQuestions } from './question-count';
import type { AttemptLimiter } from './rate-limit';
import { classResults, type ClassResults } from './results';
import type { AnswerBody, ControlAction, CreateSessionBody, ParticipantsBody } from './schemas';
import {
  hashSecret,
  newId,
  newJoinCode,
  newSecret,
  normalizeJoinCode,
  secretMatches,
} from './secrets';
import type {
  AnswerRecord,
  ClassroomStore,
  NewParticipant,
  NewSession,
  ParticipantRecord,
  SessionMode,
  SessionRecord,
  SessionSnapshot,
  SessionStatus,
} from './store';
import { teacherDelta, type TeacherDelta } from './teacher-delta';

/**
 * Why a request was refused, for a client to act on (the message is for people): a phone words a refused
 * answer by it, the join form offers a suggested name, a limited request waits `retryAfter` seconds.
 */
export type RefusalReason =
  | 'not-started'
  | 'ended'
  | 'moved-on'
  | 'revealed'
  | 'answered'
  | 'removed'
  | 'pending'
  | 'locked'
  | 'full'
  | 'name-taken'
  | 'joining-fast'
  | 'wrong-codes'
  | 'too-many-sessions'
  | 'storage-full'
  | 'cross-origin'
  | 'not-json';

export interface RefusalDetails {
  reason?: RefusalReason;
  /** Seconds; sent as Retry-After too. */
  retryAfter?: number;
  /** A free display name, when `reason` is 'name-taken'. */
  suggestion?: string;
}

/** A refusal the API turns into an HTTP status and a plain-words message. */
export class ClassroomError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503,
    message: string,
    readonly details: RefusalDetails = {},
  ) {
    super(message);
    this.name = 'ClassroomError';
  }
}

/**
 * Next bundles route handlers and pages separately, so the shared Classroom (on globalThis) may throw an
 * error made by another bundle's copy of the class: recognise it by shape, not by `instanceof`.
 */
export function isClassroomError(error: unknown): error is ClassroomError {
  return (
    error instanceof Error &&
    error.name === 'ClassroomError' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

export interface ClassroomConfig {
  maxParticipants: number;
  ttlMs: number;
  idleMs: number;
  /** What all sessions together may take in the store; expired ones make room, longest expired first. */
  maxStoredBytes?: number;
}

export interface ClassroomDeps {
  store: ClassroomStore;
  loadQuiz: (slug: string) => Quiz | null;
  config: ClassroomConfig;
  /** Joins per session (keyed by session id): a script with the code cannot fill a class in seconds. */
  joinBudget?: AttemptLimiter;
  now?: () => number;
}

/** A participant and their session, as authenticated by their token. */
export interface Participation {
  session: SessionRecord;
  participant: ParticipantRecord;
}

export interface StudentQuestionState {
  question: PublicQuestion;
  myAnswer: string | null;
  /** Present only once the student may see the key (reveal, feedback, or the session's end). */
  revealed: RevealedQuestion | null;
  myCorrect: boolean | null;
}

export interface StudentView {
  code: string;
  mode: SessionMode;
  status: SessionStatus;
  title: string;
  slug: string;
  version: number;
  participant: { id: string; name: string };
  /** 'pending': waiting for the teacher to admit them (no questions are sent until then). */
  admission: 'admitted' | 'pending';
  totalQuestions: number;
  /** Teacher-paced while running: the one question on screen, or null in the lobby. */
  current: (StudentQuestionState & { index: number }) | null;
  /** Student-paced while running, and every mode once ended (then with the key). */
  questions: StudentQuestionState[] | null;
  score: { correct: number; total: number } | null;
}

export interface TeacherView {
  id: string;
  code: string;
  slug: string;
  title: string;
  mode: SessionMode;
  feedback: boolean;
  locked: boolean;
  approveJoins: boolean;
  status: SessionStatus;
  currentIndex: number;
  revealed: boolean;
  version: number;
  expiresAt: number;
  /** Admitted students, in the order they joined. */
  participants: { id: string; name: string }[];
  /** Students waiting for the teacher to admit them. */
  waiting: { id: string; name: string }[];
  questions: RevealedQuestion[];
  results: ClassResults;
}

export interface AnswerAck {
  questionId: string;
  choice: string;
  /** false when this answer had already been stored (a resend). */
  created: boolean;
  /** Student-paced with feedback on: whether it was right, with the key and evidence. */
  feedback: { correct: boolean; revealed: RevealedQuestion } | null;
}

interface LoadedQuiz {
  quiz: Quiz;
  questions: LiveQuestion[];
}

/** Refuses an answer to `questionId` unless the session is running and, teacher-paced, showing it unrevealed. */
function refuseIfClosed(session: SessionRecord, questionId: string): void {
  if (session.status === 'lobby') {
    throw new ClassroomError(409, 'The teacher has not started yet.', { reason: 'not-started' });
  }
  if (session.status === 'ended') {
    throw new ClassroomError(409, 'This session has ended.', { reason: 'ended' });
  }
  if (session.mode === 'teacher') {
    if (session.questionIds[session.currentIndex] !== questionId) {
      throw new ClassroomError(409, 'That question is closed. Answer the one on screen.', {
        reason: 'moved-on',
      });
    }
    if (session.revealed) {
      throw new ClassroomError(409, 'Answers are locked: the key is shown.', {
        reason: 'revealed',
      });
    }
  }
}

const SETTING_ACTIONS = {
  lock: { locked: true },
  unlock: { locked: false },
  'approval-on': { approveJoins: true },
  'approval-off': { approveJoins: false },
} as const satisfies Partial<Record<ControlAction, Parameters<ClassroomStore['updateSession']>[1]>>;

const isSettingAction = (action: ControlAction): action is keyof typeof SETTING_ACTIONS =>
  action in SETTING_ACTIONS;

const lockedError = () =>
  new ClassroomError(403, 'Your teacher has closed this class to new students.', {
    reason: 'locked',
  });

/** Refuses a participant the teacher removed: their token no longer works anywhere. */
function present(who: Participation): Participation {
  if (who.participant.status === 'removed') {
    throw new ClassroomError(403, 'Your teacher removed you from this class.', {
      reason: 'removed',
    });
  }
  return who;
}

export const studentPath = (code: string) => `/live/${code}`;
export const teacherPath = (session: { slug: string; id: string }) =>
  `/teach/${session.slug}/live/${session.id}`;
/** The projector's page of a session: what the whole class may see (lib/classroom/class-screen.ts). */
export const classScreenPath = (session: { slug: string; id: string }) =>
  `${teacherPath(session)}/screen`;

/**
 * Where a session's evidence links open the article. A library article has one public page; a workspace
 * article is private, so its teacher reads it in the workspace and the class through the session.
 */
export function sessionArticleHrefs(session: Pick<SessionRecord, 'slug' | 'code'>): {
  teacher: string;
  student: string;
} {
  if (isWorkspaceArticleId(session.slug)) {
    return { teacher: `/teach/${session.slug}/article`, student: `/live/${session.code}/article` };
  }
  const library = `/articles/${session.slug}`;
  return { teacher: library, student: library };
}

/** What a session asks: its quiz (snapshotted at start) and the questions, in the order asked. */
export interface SessionQuiz {
  /** The library slug, or the workspace article's id. */
  slug: string;
  quiz: Quiz;
  questions: readonly Question[];
}

export interface SessionArticle {
  title: string;
  passages: Quiz['passages'];
}

/**
 * The rules of a live session, over any `ClassroomStore`. Checks read the session first and refuse with a
 * plain-words reason; the store then re-checks what could have changed meanwhile on another instance (code
 * uniqueness, the participant cap, an answer's question still being open) inside its own transaction.
 */
export class Classroom {
  private readonly quizzes = new Map<string, LoadedQuiz>();
  private readonly now: () => number;

  constructor(private readonly deps: ClassroomDeps) {
    this.now = deps.now ?? Date.now;
  }

  isExpired(session: SessionRecord): boolean {
    const now = this.now();
    return now >= session.expiresAt || now - session.lastActivityAt >= this.deps.config.idleMs;
  }

  async createSession(
    body: Omit<CreateSessionBody, 'approveJoins'> & { approveJoins?: boolean },
  ): Promise<{ session: SessionRecord; hostSecret: string }> {
    const quiz = this.deps.loadQuiz(body.slug);
    if (!quiz) throw new ClassroomError(404, `There is no quiz for "${body.slug}".`);
    return this.startSession(
      { slug: body.slug, quiz, questions: chosenQuestions(quiz, body.count ?? 'default') },
      body,
    );
  }

  /** Starts a session on a quiz the caller chose (a workspace article's, with the teacher's selection). */
  async startSession(
    { slug, quiz, questions: chosen }: SessionQuiz,
    body: Pick<CreateSessionBody, 'mode' | 'feedback'> & { approveJoins?: boolean },
  ): Promise<{ session: SessionRecord; hostSecret: string }> {
    const questions = liveQuestions(chosen);
    if (questions.length === 0) {
      throw new ClassroomError(409, 'None of the chosen questions can be asked live.');
    }
    const hostSecret = newSecret();
    const now = this.now();
    const quizJson = JSON.stringify(quiz);
    const { maxStoredBytes } = this.deps.config;
    if (maxStoredBytes !== undefined) {
      const room = await this.deps.store.makeRoom({
        bytes: Buffer.byteLength(quizJson),
        maxBytes: maxStoredBytes,
        now,
        idleMs: this.deps.config.idleMs,
      });
      if (!room) {
        throw new ClassroomError(
          503,
          'This server holds as many live sessions as it has room for. Try again later.',
          { reason: 'storage-full', retryAfter: 300 },
        );
      }
    }
    const draft: Omit<NewSession, 'code'> = {
      id: newId(),
      slug,
      mode: body.mode,
      feedback: body.mode === 'student' && body.feedback,
      locked: false,
      approveJoins: body.approveJoins ?? false,
      quizJson,
      questionIds: questions.map((question) => question.id),
      hostHash: hashSecret(hostSecret),
      // Homework opens at once; a teacher-paced class waits in the lobby until the teacher starts.
      status: body.mode === 'student' ? 'active' : 'lobby',
      currentIndex: -1,
      revealed: false,
      createdAt: now,
      lastActivityAt: now,
      expiresAt: now + this.deps.config.ttlMs,
    };
    const release = { now, idleMs: this.deps.config.idleMs };
    for (let attempt = 0; attempt < 20; attempt++) {
      const session = await this.deps.store.createSession(
        { ...draft, code: newJoinCode() },
        release,
      );
      if (session !== 'code-taken') return { session, hostSecret };
    }
    // 20 collisions in a row means the code space is nearly full: refuse rather than loop.
    throw new ClassroomError(503, 'Too many sessions are open right now. Try again shortly.');
  }

  /** The session, if `hostSecret` is its host's; expired sessions stay readable (results) but not writable. */
  async hostSession(id: string, hostSecret: string | undefined): Promise<SessionRecord> {
    const session = await this.deps.store.getSession(id);
    if (!session) throw new ClassroomError(404, 'There is no such session.');
    if (!hostSecret) {
      throw new ClassroomError(401, 'Only the teacher who started this session can do that.');
    }
    if (!secretMatches(hostSecret, session.hostHash)) {
      throw new ClassroomError(403, 'Only the teacher who started this session can do that.');
    }
    return session;
  }

  async control(
    id: string,
    hostSecret: string | undefined,
    action: ControlAction,
  ): Promise<SessionRecord> {
    const session = await this.hostSession(id, hostSecret);
    if (this.isExpired(session)) throw new ClassroomError(410, 'This session has expired.');
    if (session.status === 'ended') throw new ClassroomError(409, 'This session has ended.');
    const total = session.questionIds.length;
    const now = this.now();
    const patch = ((): Parameters<ClassroomStore['updateSession']>[1] => {
      if (isSettingAction(action)) return SETTING_ACTIONS[action];
      if (action === 'end') return { status: 'ended', revealed: true };
      if (session.mode === 'student') {
        throw new ClassroomError(409, 'Students go at their own pace in this session.');
      }
      if (action === 'start') {
        if (session.status !== 'lobby') throw new ClassroomError(409, 'Already started.');
        return { status: 'active', currentIndex: 0, revealed: false };
      }
      if (session.status !== 'active') throw new ClassroomError(409, 'Start the session first.');
      if (action === 'reveal') {
        if (session.revealed) throw new ClassroomError(409, 'Already revealed.');
        return { revealed: true };
      }
      if (action === 'next') {
        if (session.currentIndex + 1 >= total) {
          throw new ClassroomError(409, 'That was the last question. End the session to finish.');
        }
        return { currentIndex: session.currentIndex + 1, revealed: false };
      }
      throw new ClassroomError(400, `Unknown action "${action}".`);
    })();
    const updated = await this.deps.store.updateSession(id, { ...patch, lastActivityAt: now });
    if (!updated) throw new ClassroomError(404, 'There is no such session.');
    return updated;
  }

  /** Admits waiting students or removes students; a removed student's token stops working at once. */
  async setParticipants(
    id: string,
    hostSecret: string | undefined,
    body: ParticipantsBody,
  ): Promise<{ changed: number }> {
    const session = await this.hostSession(id, hostSecret);
    // Removing stays possible after the end (a bot's row out of the results); admitting does not.
    if (body.action === 'admit') {
      if (this.isExpired(session)) throw new ClassroomError(410, 'This session has expired.');
      if (session.status === 'ended') throw new ClassroomError(409, 'This session has ended.');
    }
    const result = await this.deps.store.setParticipantStatus(
      session.id,
      body.participantIds,
      body.action === 'admit' ? 'admitted' : 'removed',
      this.now(),
    );
    if (!result) throw new ClassroomError(404, 'There is no such session.');
    return { changed: result.changed };
  }

  async join(
    rawCode: string,
    name: string,
  ): Promise<{ session: SessionRecord; participant: ParticipantRecord; token: string }> {
    const session = await this.sessionByCode(rawCode);
    if (session.status === 'ended') {
      throw new ClassroomError(410, 'This session has ended.', { reason: 'ended' });
    }
    if (session.locked) throw lockedError();
    const admitted = (await this.deps.joinBudget?.admit(session.id)) ?? {
      retryAfter: 0,
      done: () => {},
    };
    if (admitted.retryAfter > 0) {
      throw new ClassroomError(
        429,
        `Many students are joining this class right now. Trying again in ${admitted.retryAfter} s.`,
        { reason: 'joining-fast', retryAfter: admitted.retryAfter },
      );
    }
    try {
      return await this.addToSession(session, name);
    } finally {
      admitted.done();
    }
  }

  private async addToSession(
    session: SessionRecord,
    name: string,
  ): Promise<{ session: SessionRecord; participant: ParticipantRecord; token: string }> {
    const token = newSecret();
    const participant: NewParticipant = {
      id: newId(),
      sessionId: session.id,
      name,
      nameKey: nameKey(name),
      tokenHash: hashSecret(token),
      joinedAt: this.now(),
      status: session.approveJoins ? 'pending' : 'admitted',
    };
    const added = await this.deps.store.addParticipant(
      participant,
      this.deps.config.maxParticipants,
    );
    if (added.outcome === 'locked') throw lockedError();
    if (added.outcome === 'full') {
      throw new ClassroomError(
        409,
        `This session is full (${this.deps.config.maxParticipants} students). Ask your teacher.`,
        { reason: 'full' },
      );
    }
    if (added.outcome === 'name-taken') {
      const taken = new Set(
        (await this.deps.store.listParticipants(session.id))
          .filter((other) => other.status !== 'removed')
          .map((other) => nameKey(other.name)),
      );
      const suggestion = suggestName(name, taken);
      throw new ClassroomError(
        409,
        `Someone in this class is already called “${name}”. Add something to tell you apart, like “${suggestion}”.`,
        { reason: 'name-taken', suggestion },
      );
    }
    await this.deps.joinBudget?.hit(session.id);
    const { nameKey: _key, ...record } = participant;
    return { session: { ...session, version: added.version }, participant: record, token };
  }

  /**
   * The live (or ended) session with this code. Unknown and malformed codes read alike, so a wrong guess
   * learns nothing.
   */
  async sessionByCode(rawCode: string): Promise<SessionRecord> {
    const code = normalizeJoinCode(rawCode);
    const session = code ? await this.deps.store.findSessionByCode(code) : null;
    if (!session)
      throw new ClassroomError(404, 'No session has that code. Check it and try again.');
    if (this.isExpired(session)) {
      throw new ClassroomError(410, 'This session has expired. Ask your teacher for a new code.');
    }
    return session;
  }

  /** The participant holding `token`, who must belong to the session with `code`. */
  async participant(rawCode: string, token: string | null): Promise<Participation> {
    const session = await this.sessionByCode(rawCode);
    if (!token) throw new ClassroomError(401, 'Join the session first.');
    const participant = await this.deps.store.findParticipantByTokenHash(hashSecret(token));
    if (!participant || participant.sessionId !== session.id) {
      throw new ClassroomError(403, 'This device has not joined this session.');
    }
    return present({ session, participant });
  }

  /**
   * The participant holding `token` when it belongs to the session with `code`, else null: looked up by the
   * token, so it tells nothing about which codes exist. A student holding a real token is never subject to
   * the wrong-code limit of their network (a class shares one address, and a typo is not theirs to pay for).
   */
  async tokenHolder(rawCode: string, token: string | null): Promise<Participation | null> {
    const code = normalizeJoinCode(rawCode);
    if (!code || !token) return null;
    const participant = await this.deps.store.findParticipantByTokenHash(hashSecret(token));
    const session = participant ? await this.deps.store.getSession(participant.sessionId) : null;
    if (!participant || !session || session.code !== code) return null;
    if (this.isExpired(session)) {
      throw new ClassroomError(410, 'This session has expired. Ask your teacher for a new code.');
    }
    return present({ session, participant });
  }

  /**
   * The session a student's live stream is for, when `participantId` (which the phone knows from its view)
   * is one of its participants: then the stream is opened without the wrong-code limit. Null otherwise.
   */
  async streamHolder(rawCode: string, participantId: string | null): Promise<SessionRecord | null> {
    const code = normalizeJoinCode(rawCode);
    if (!code || !participantId || participantId.length > 64) return null;
    const participant = await this.deps.store.getParticipant(participantId);
    const session = participant ? await this.deps.store.getSession(participant.sessionId) : null;
    if (!session || session.code !== code || participant?.status === 'removed') return null;
    if (this.isExpired(session)) {
      throw new ClassroomError(410, 'This session has expired. Ask your teacher for a new code.');
    }
    return session;
  }

  /**
   * Stores `who`'s answer (from `participant()`, so a route can authenticate before it reads the body).
   * The store decides in one transaction: a resend gets the stored answer back (even after the lock, so a
   * phone that lost the first acknowledgement stops retrying), a closed question is refused.
   */
  async answer(who: Participation, body: AnswerBody): Promise<AnswerAck> {
    const { session, participant } = who;
    if (participant.status === 'pending') {
      throw new ClassroomError(403, 'Your teacher has not let you in yet.', { reason: 'pending' });
    }
    const { quiz, questions } = await this.loaded(session);
    const question = questions.find((candidate) => candidate.id === body.questionId);
    if (!question) throw new ClassroomError(400, 'That question is not part of this session.');
    if (!question.choices.includes(body.choice)) {
      throw new ClassroomError(400, 'That is not one of the choices.');
    }
    // Only ever in the acknowledgement of this participant's own stored answer: the key reaches no one who
    // has not answered the question themselves.
    const feedback = (correct: boolean) =>
      session.mode === 'student' && session.feedback
        ? {
            correct,
            revealed: revealedQuestion(
              quiz,
              question,
              studentPath(session.code),
              sessionArticleHrefs(session).student,
            ),
          }
        : null;
    const result = await this.deps.store.recordAnswer(
      {
        sessionId: session.id,
        participantId: participant.id,
        questionId: question.id,
        choice: body.choice,
        correct: body.choice === question.answer,
        submissionId: body.submissionId,
        answeredAt: this.now(),
      },
      {
        questionIndex: session.mode === 'teacher' ? session.questionIds.indexOf(question.id) : null,
      },
    );
    if (result.outcome === 'exists') return this.resent(result.answer, body, feedback);
    if (result.outcome === 'closed') {
      // Say why, from the session as it is now (the teacher may have moved on from another instance).
      const current = await this.deps.store.getSession(session.id);
      if (current) refuseIfClosed(current, question.id);
      throw new ClassroomError(409, 'That question is closed. Answer the one on screen.');
    }
    return {
      questionId: question.id,
      choice: result.answer.choice,
      created: true,
      feedback: feedback(result.answer.correct),
    };
  }

  async studentView(who: Participation): Promise<StudentView> {
    const { session, participant } = who;
    const { quiz, questions } = await this.loaded(session);
    const base = {
      code: session.code,
      mode: session.mode,
      status: session.status,
      title: quiz.article.title,
      slug: session.slug,
      version: session.version,
      participant: { id: participant.id, name: participant.name },
      totalQuestions: questions.length,
    };
    if (participant.status === 'pending' && session.status !== 'ended') {
      return { ...base, admission: 'pending', current: null, questions: null, score: null };
    }
    const mine = new Map(
      (await this.deps.store.listParticipantAnswers(participant.id)).map((answer) => [
        answer.questionId,
        answer,
      ]),
    );
    const path = studentPath(session.code);
    const articleHref = sessionArticleHrefs(session).student;
    const state = (question: LiveQuestion, showKey: boolean): StudentQuestionState => {
      const answer = mine.get(question.id);
      return {
        question: publicQuestion(question),
        myAnswer: answer?.choice ?? null,
        revealed: showKey ? revealedQuestion(quiz, question, path, articleHref) : null,
        myCorrect: showKey && answer ? answer.correct : null,
      };
    };
    const ended = session.status === 'ended';
    // Once ended, a student sees and is scored on the questions that were asked, not the whole plan.
    const shown = ended ? askedQuestions(session, questions) : questions;
    // The public part is the one the live stream carries (live-state.ts), so a phone that applies it
    // shows what this view would.
    const { current } = publicLiveState(session, quiz, questions, {
      returnPath: path,
      article: articleHref,
    });
    const answer = current ? mine.get(current.question.id) : undefined;
    return {
      ...base,
      admission: 'admitted',
      current: current
        ? {
            ...current,
            myAnswer: answer?.choice ?? null,
            myCorrect: current.revealed && answer ? answer.correct : null,
          }
        : null,
      questions:
        ended || session.mode === 'student'
          ? shown.map((question) =>
              state(question, ended || (session.feedback && mine.has(question.id))),
            )
          : null,
      score: ended
        ? {
            correct: shown.filter((question) => mine.get(question.id)?.correct).length,
            total: shown.length,
          }
        : null,
    };
  }

  /**
   * What every admitted phone of the session shows alike now, and who they are: read once per instance
   * for each change and sent down every admitted phone's stream (lib/classroom/fanout.ts). Null when the
   * session is gone.
   */
  async liveState(
    sessionId: string,
  ): Promise<{ state: PublicLiveState; admitted: ReadonlySet<string> } | null> {
    const session = await this.deps.store.getSession(sessionId);
    if (!session) return null;
    const [{ quiz, questions }, participants] = await Promise.all([
      this.loaded(session),
      this.deps.store.listParticipants(session.id),
    ]);
    return {
      state: publicLiveState(session, quiz, questions, {
        returnPath: studentPath(session.code),
        article: sessionArticleHrefs(session).student,
      }),
      admitted: new Set(
        participants.filter((record) => record.status === 'admitted').map((record) => record.id),
      ),
    };
  }

  /** `returnPath`: where evidence links come back to from the article (the dashboard unless told). */
  async teacherView(
    id: string,
    hostSecret: string | undefined,
    returnPath: (session: SessionRecord) => string = teacherPath,
  ): Promise<TeacherView> {
    const session = await this.hostSession(id, hostSecret);
    const snapshot = await this.deps.store.sessionSnapshot(session.id);
    if (!snapshot) throw new ClassroomError(404, 'There is no such session.');
    return this.teacherViewOf(snapshot, returnPath);
  }

  /**
   * The session as of one moment, for the teacher's live stream (which authenticated the host when it
   * opened): what a delta is computed from. Null when the session is gone.
   */
  teacherSnapshot(id: string): Promise<SessionSnapshot | null> {
    return this.deps.store.sessionSnapshot(id);
  }

  /** Joins and answers from `before` to `after` (see teacher-delta.ts), or null if more changed. */
  teacherDelta(before: SessionSnapshot, after: SessionSnapshot, from: number): TeacherDelta | null {
    return teacherDelta(before, after, from, this.expiresAt(after.session));
  }

  private expiresAt(session: SessionRecord): number {
    return Math.min(session.expiresAt, session.lastActivityAt + this.deps.config.idleMs);
  }

  private async teacherViewOf(
    { session, participants: participantRecords, answers: allAnswers }: SessionSnapshot,
    returnPath: (session: SessionRecord) => string = teacherPath,
  ): Promise<TeacherView> {
    const { quiz, questions } = await this.loaded(session);
    const withStatus = (status: ParticipantRecord['status']) =>
      participantRecords
        .filter((record) => record.status === status)
        .map(({ id: participantId, name }) => ({ id: participantId, name }));
    const participants = withStatus('admitted');
    // A removed student's answers leave the results with them.
    const counted = new Set(participants.map((participant) => participant.id));
    const answers = allAnswers.filter((answer) => counted.has(answer.participantId));
    return {
      id: session.id,
      code: session.code,
      slug: session.slug,
      title: quiz.article.title,
      mode: session.mode,
      feedback: session.feedback,
      locked: session.locked,
      approveJoins: session.approveJoins,
      status: session.status,
      currentIndex: session.currentIndex,
      revealed: session.revealed,
      version: session.version,
      expiresAt: this.expiresAt(session),
      participants,
      waiting: withStatus('pending'),
      questions: questions.map((question) =>
        revealedQuestion(quiz, question, returnPath(session), sessionArticleHrefs(session).teacher),
      ),
      results: classResults(quiz, askedQuestions(session, questions), participants, answers),
    };
  }

  /**
   * The class screen: for the teacher's browser only (the host secret, as the dashboard), and even there
   * without the key or the distribution until the reveal, since it is what the projector shows.
   */
  async classScreenView(id: string, hostSecret: string | undefined): Promise<ClassScreenView> {
    return classScreen(await this.teacherView(id, hostSecret, classScreenPath), this.now());
  }

  /** The article of a session, for a student who joined it (a workspace article has no public page). */
  async sessionArticle(rawCode: string, token: string | null): Promise<SessionArticle> {
    const { session } = await this.participant(rawCode, token);
    const { quiz } = await this.loaded(session);
    return { title: quiz.article.title, passages: quiz.passages };
  }

  /** The quiz a session was started with (its snapshot), with the live questions in session order. */
  async loaded(session: SessionRecord): Promise<LoadedQuiz> {
    const cached = this.quizzes.get(session.id);
    if (cached) return cached;
    const snapshot = await this.deps.store.getSessionQuiz(session.id);
    if (snapshot === null) throw new ClassroomError(404, 'There is no such session.');
    // A snapshot taken before quiz schema 2 is read as a ranked bank; its questionIds stay what was asked.
    const parsed = parseStoredQuiz(JSON.parse(snapshot));
    if (!parsed.success) throw new Error(`session ${session.id}: its quiz snapshot is not a quiz`);
    const quiz = parsed.data;
    const byId = new Map(liveQuestions(quiz.questions).map((question) => [question.id, question]));
    const questions = session.questionIds.flatMap((questionId) => {
      const question = byId.get(questionId);
      return question ? [question] : [];
    });
    const loaded = { quiz, questions };
    // Parsed snapshots are cached per session; a long-running server forgets old ones rather than grow.
    if (this.quizzes.size >= 200) this.quizzes.clear();
    this.quizzes.set(session.id, loaded);
    return loaded;
  }

  private resent(
    existing: AnswerRecord,
    body: AnswerBody,
    feedback: (correct: boolean) => AnswerAck['feedback'],
  ): AnswerAck {
    if (existing.submissionId !== body.submissionId && existing.choice !== body.choice) {
      throw new ClassroomError(409, 'You already answered this question; answers are final.', {
        reason: 'answered',
      });
    }
    return {
      questionId: existing.questionId,
      choice: existing.choice,
      created: false,
      feedback: feedback(existing.correct),
    };
  }
}
