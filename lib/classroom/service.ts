import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { isWorkspaceArticleId } from '@/lib/workspace/ids';
import { parseStoredQuiz } from '@/lib/stored-quiz';
import {
  askedQuestions,
  liveQuestions,
  publicQuestion,
  revealedQuestion,
  type LiveQuestion,
  type PublicQuestion,
  type RevealedQuestion,
} from './live-questions';
import { chosenQuestions } from './question-count';
import { classResults, type ClassResults } from './results';
import type { AnswerBody, ControlAction, CreateSessionBody } from './schemas';
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
  NewSession,
  ParticipantRecord,
  SessionMode,
  SessionRecord,
  SessionStatus,
} from './store';

/** A refusal the API turns into an HTTP status and a plain-words message. */
export class ClassroomError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 503,
    message: string,
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
}

export interface ClassroomDeps {
  store: ClassroomStore;
  loadQuiz: (slug: string) => Quiz | null;
  config: ClassroomConfig;
  now?: () => number;
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
  status: SessionStatus;
  currentIndex: number;
  revealed: boolean;
  version: number;
  expiresAt: number;
  participants: { id: string; name: string }[];
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
  if (session.status === 'lobby') throw new ClassroomError(409, 'The teacher has not started yet.');
  if (session.status === 'ended') throw new ClassroomError(409, 'This session has ended.');
  if (session.mode === 'teacher') {
    if (session.questionIds[session.currentIndex] !== questionId) {
      throw new ClassroomError(409, 'That question is closed. Answer the one on screen.');
    }
    if (session.revealed) throw new ClassroomError(409, 'Answers are locked: the key is shown.');
  }
}

export const studentPath = (code: string) => `/live/${code}`;
export const teacherPath = (session: { slug: string; id: string }) =>
  `/teach/${session.slug}/live/${session.id}`;

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
    body: CreateSessionBody,
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
    body: Pick<CreateSessionBody, 'mode' | 'feedback'>,
  ): Promise<{ session: SessionRecord; hostSecret: string }> {
    const questions = liveQuestions(chosen);
    if (questions.length === 0) {
      throw new ClassroomError(409, 'None of the chosen questions can be asked live.');
    }
    const hostSecret = newSecret();
    const now = this.now();
    const draft: Omit<NewSession, 'code'> = {
      id: newId(),
      slug,
      mode: body.mode,
      feedback: body.mode === 'student' && body.feedback,
      quizJson: JSON.stringify(quiz),
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

  async join(
    rawCode: string,
    name: string,
  ): Promise<{ session: SessionRecord; participant: ParticipantRecord; token: string }> {
    const session = await this.sessionByCode(rawCode);
    if (session.status === 'ended') throw new ClassroomError(410, 'This session has ended.');
    const token = newSecret();
    const participant: ParticipantRecord = {
      id: newId(),
      sessionId: session.id,
      name,
      tokenHash: hashSecret(token),
      joinedAt: this.now(),
    };
    const added = await this.deps.store.addParticipant(
      participant,
      this.deps.config.maxParticipants,
    );
    if (added.outcome === 'full') {
      throw new ClassroomError(
        409,
        `This session is full (${this.deps.config.maxParticipants} students). Ask your teacher.`,
      );
    }
    return { session: { ...session, version: added.version }, participant, token };
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
  async participant(
    rawCode: string,
    token: string | null,
  ): Promise<{ session: SessionRecord; participant: ParticipantRecord }> {
    const session = await this.sessionByCode(rawCode);
    if (!token) throw new ClassroomError(401, 'Join the session first.');
    const participant = await this.deps.store.findParticipantByTokenHash(hashSecret(token));
    if (!participant || participant.sessionId !== session.id) {
      throw new ClassroomError(403, 'This device has not joined this session.');
    }
    return { session, participant };
  }

  /**
   * Stores `who`'s answer (from `participant()`, so a route can authenticate before it reads the body).
   * The store decides in one transaction: a resend gets the stored answer back (even after the lock, so a
   * phone that lost the first acknowledgement stops retrying), a closed question is refused.
   */
  async answer(
    who: { session: SessionRecord; participant: ParticipantRecord },
    body: AnswerBody,
  ): Promise<AnswerAck> {
    const { session, participant } = who;
    const { quiz, questions } = await this.loaded(session);
    const question = questions.find((candidate) => candidate.id === body.questionId);
    if (!question) throw new ClassroomError(400, 'That question is not part of this session.');
    if (!question.choices.includes(body.choice)) {
      throw new ClassroomError(400, 'That is not one of the choices.');
    }
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

  async studentView(rawCode: string, token: string | null): Promise<StudentView> {
    const { session, participant } = await this.participant(rawCode, token);
    const { quiz, questions } = await this.loaded(session);
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
    const currentQuestion =
      session.mode === 'teacher' && session.status === 'active'
        ? questions[session.currentIndex]
        : undefined;
    return {
      code: session.code,
      mode: session.mode,
      status: session.status,
      title: quiz.article.title,
      slug: session.slug,
      version: session.version,
      participant: { id: participant.id, name: participant.name },
      totalQuestions: questions.length,
      current: currentQuestion
        ? { index: session.currentIndex, ...state(currentQuestion, session.revealed) }
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

  async teacherView(id: string, hostSecret: string | undefined): Promise<TeacherView> {
    const session = await this.hostSession(id, hostSecret);
    const { quiz, questions } = await this.loaded(session);
    const [participantRecords, answers] = await Promise.all([
      this.deps.store.listParticipants(session.id),
      this.deps.store.listAnswers(session.id),
    ]);
    const participants = participantRecords.map(({ id: participantId, name }) => ({
      id: participantId,
      name,
    }));
    return {
      id: session.id,
      code: session.code,
      slug: session.slug,
      title: quiz.article.title,
      mode: session.mode,
      feedback: session.feedback,
      status: session.status,
      currentIndex: session.currentIndex,
      revealed: session.revealed,
      version: session.version,
      expiresAt: Math.min(session.expiresAt, session.lastActivityAt + this.deps.config.idleMs),
      participants,
      questions: questions.map((question) =>
        revealedQuestion(
          quiz,
          question,
          teacherPath(session),
          sessionArticleHrefs(session).teacher,
        ),
      ),
      results: classResults(quiz, askedQuestions(session, questions), participants, answers),
    };
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
      throw new ClassroomError(409, 'You already answered this question; answers are final.');
    }
    return {
      questionId: existing.questionId,
      choice: existing.choice,
      created: false,
      feedback: feedback(existing.correct),
    };
  }
}
