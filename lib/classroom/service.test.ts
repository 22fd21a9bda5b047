import { beforeEach, describe, expect, it } from 'vitest';
import { Classroom, ClassroomError, isClassroomError } from './service';
import type { Quiz } from '@/lib/quiz-engine/schema';
import type { QuestionCount } from './question-count';
import { WindowBudget } from './rate-limit';
import { SqliteStore } from './sqlite-store';
import { FIXTURE_QUIZ } from './test-fixtures';

const HOUR = 3_600_000;

const fillIn = FIXTURE_QUIZ.questions.find((question) => question.type === 'fill-in')!;
const QUIZZES: Record<string, Quiz> = {
  fixture: FIXTURE_QUIZ,
  'print-only': { ...FIXTURE_QUIZ, questions: [{ ...fillIn, rank: 1 }], defaultCount: 1 },
};

function setup(
  overrides: { maxParticipants?: number; joinsPerMinute?: number; maxStoredBytes?: number } = {},
) {
  let now = Date.UTC(2026, 0, 1, 9);
  const store = new SqliteStore(':memory:');
  const classroom = new Classroom({
    store,
    loadQuiz: (slug) => QUIZZES[slug] ?? null,
    config: {
      maxParticipants: overrides.maxParticipants ?? 300,
      ttlMs: 12 * HOUR,
      idleMs: 2 * HOUR,
      maxStoredBytes: overrides.maxStoredBytes,
    },
    joinBudget:
      overrides.joinsPerMinute === undefined
        ? undefined
        : new WindowBudget(
            store,
            { prefix: 'join-session', limit: overrides.joinsPerMinute, windowMs: 60_000 },
            () => now,
          ),
    now: () => now,
  });
  return {
    classroom,
    store,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

async function refusal(run: () => Promise<unknown>): Promise<{ status: number; message: string }> {
  const { status, message } = await refused(run);
  return { status, message };
}

/** The refusal with its details (reason, suggestion, retryAfter). */
async function refused(run: () => Promise<unknown>): Promise<ClassroomError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ClassroomError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const sub = (n: number) => `submission-${n}`;

/** As the student view route does: authenticate the participant, then build their view. */
const viewAs = async (classroom: Classroom, code: string, token: string | null) =>
  classroom.studentView(await classroom.participant(code, token));

/** As the answers route does: authenticate the participant, then answer as them. */
const answerAs = async (
  classroom: Classroom,
  code: string,
  token: string | null,
  body: Parameters<Classroom['answer']>[1],
) => classroom.answer(await classroom.participant(code, token), body);

describe('Classroom.createSession', () => {
  it('snapshots only the live question types, in quiz order', async () => {
    const { classroom } = setup();
    const { session, hostSecret } = await classroom.createSession({
      slug: 'fixture',
      mode: 'teacher',
      feedback: false,
    });
    expect(session.questionIds).toEqual(['q-who', 'q-tf']);
    expect(session.code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(session.hostHash).not.toContain(hostSecret);
    expect(session.status).toBe('lobby');
  });

  it.each<[QuestionCount | undefined, string[]]>([
    [undefined, ['q-who', 'q-tf']],
    ['default', ['q-who', 'q-tf']],
    ['all', ['q-who', 'q-tf', 'q-which']],
    // Ranks 1–2 are q-tf and q-who: asked in the order the quiz stores them.
    [2, ['q-who', 'q-tf']],
    [1, ['q-tf']],
  ])(
    'asks the live questions among the teacher’s choice %j, in stored order',
    async (count, ids) => {
      const { classroom } = setup();
      const { session } = await classroom.createSession({
        slug: 'fixture',
        mode: 'teacher',
        feedback: false,
        ...(count === undefined ? {} : { count }),
      });
      expect(session.questionIds).toEqual(ids);
    },
  );

  it('refuses a choice with no question that can be asked live', async () => {
    const { classroom } = setup();
    const refused = await refusal(() =>
      classroom.createSession({ slug: 'print-only', mode: 'teacher', feedback: false }),
    );
    expect(refused).toEqual({
      status: 409,
      message: 'None of the chosen questions can be asked live.',
    });
  });

  it('opens student-paced sessions at once and refuses unknown quizzes', async () => {
    const { classroom } = setup();
    expect(
      (await classroom.createSession({ slug: 'fixture', mode: 'student', feedback: true })).session
        .status,
    ).toBe('active');
    expect(
      (
        await refusal(() =>
          classroom.createSession({ slug: 'nope', mode: 'student', feedback: false }),
        )
      ).status,
    ).toBe(404);
  });
});

describe('teacher-paced session', () => {
  let env: ReturnType<typeof setup>;
  let id: string;
  let code: string;
  let host: string;

  beforeEach(async () => {
    env = setup();
    const created = await env.classroom.createSession({
      slug: 'fixture',
      mode: 'teacher',
      feedback: false,
    });
    id = created.session.id;
    code = created.session.code;
    host = created.hostSecret;
  });

  it('never sends the key before reveal, and sends it with evidence after', async () => {
    const { token } = await env.classroom.join(code, 'Ana');
    await env.classroom.control(id, host, 'start');
    const before = await viewAs(env.classroom, code, token);
    expect(before.current?.question).toEqual({
      id: 'q-who',
      type: 'who',
      prompt: 'Who founded the club?',
      choices: ['Alice', 'Bob', 'Carol'],
    });
    expect(JSON.stringify(before)).not.toContain('Alice founded it');
    expect(before.current?.revealed).toBeNull();
    await answerAs(env.classroom, code, token, {
      questionId: 'q-who',
      choice: 'Bob',
      submissionId: sub(1),
    });
    expect((await viewAs(env.classroom, code, token)).current?.myCorrect).toBeNull();
    await env.classroom.control(id, host, 'reveal');
    const after = await viewAs(env.classroom, code, token);
    expect(after.current?.revealed?.answer).toBe('Alice');
    expect(after.current?.revealed?.evidence[0]).toMatchObject({ paragraph: 1, sentenceId: 's-1' });
    expect(after.current?.revealed?.evidence[0]?.href).toBe(
      `/articles/fixture?from=%2Flive%2F${code}#s-1`,
    );
    expect(after.current?.myCorrect).toBe(false);
  });

  it.each([
    ['before start', [], 'q-who', 409],
    ['a question not on screen', ['start'], 'q-tf', 409],
    ['after reveal', ['start', 'reveal'], 'q-who', 409],
    ['after end', ['start', 'end'], 'q-who', 409],
    ['a print-only question', ['start'], 'q-fill', 400],
  ] as const)('refuses an answer %s', async (_label, actions, questionId, status) => {
    const { token } = await env.classroom.join(code, 'Ana');
    for (const action of actions) await env.classroom.control(id, host, action);
    const result = await refusal(() =>
      answerAs(env.classroom, code, token, {
        questionId,
        choice: questionId === 'q-who' ? 'Alice' : 'True',
        submissionId: sub(1),
      }),
    );
    expect(result.status).toBe(status);
    expect(await env.store.listAnswers(id)).toEqual([]);
  });

  it('acknowledges a resend once, even after the lock, and refuses a changed answer', async () => {
    const { token } = await env.classroom.join(code, 'Ana');
    await env.classroom.control(id, host, 'start');
    const body = { questionId: 'q-who', choice: 'Alice', submissionId: sub(1) };
    expect((await answerAs(env.classroom, code, token, body)).created).toBe(true);
    expect((await answerAs(env.classroom, code, token, body)).created).toBe(false);
    await env.classroom.control(id, host, 'reveal');
    expect((await answerAs(env.classroom, code, token, body)).created).toBe(false);
    expect(
      (
        await refusal(() =>
          answerAs(env.classroom, code, token, { ...body, choice: 'Bob', submissionId: sub(2) }),
        )
      ).status,
    ).toBe(409);
    expect(await env.store.listAnswers(id)).toHaveLength(1);
  });

  it('refuses a choice that is not offered, and tokens of other sessions', async () => {
    const { token } = await env.classroom.join(code, 'Ana');
    await env.classroom.control(id, host, 'start');
    expect(
      (
        await refusal(() =>
          answerAs(env.classroom, code, token, {
            questionId: 'q-who',
            choice: 'Zed',
            submissionId: sub(1),
          }),
        )
      ).status,
    ).toBe(400);
    const other = await env.classroom.createSession({
      slug: 'fixture',
      mode: 'teacher',
      feedback: false,
    });
    const stranger = await env.classroom.join(other.session.code, 'Eve');
    expect((await refusal(() => viewAs(env.classroom, code, stranger.token))).status).toBe(403);
    expect((await refusal(() => viewAs(env.classroom, code, null))).status).toBe(401);
    expect((await refusal(() => viewAs(env.classroom, code, 'made-up'))).status).toBe(403);
  });

  it('lets only the host control, and walks forward to the end', async () => {
    expect((await refusal(() => env.classroom.control(id, undefined, 'start'))).status).toBe(401);
    expect((await refusal(() => env.classroom.control(id, 'wrong', 'start'))).status).toBe(403);
    expect((await env.classroom.control(id, host, 'start')).currentIndex).toBe(0);
    expect(await env.classroom.control(id, host, 'next')).toMatchObject({
      currentIndex: 1,
      revealed: false,
    });
    expect((await refusal(() => env.classroom.control(id, host, 'next'))).status).toBe(409);
    expect((await env.classroom.control(id, host, 'end')).status).toBe('ended');
    expect((await refusal(() => env.classroom.join(code, 'Late'))).status).toBe(410);
  });

  it('shows every key and the score once the last question was asked and the session ended', async () => {
    const { token } = await env.classroom.join(code, 'Ana');
    await env.classroom.control(id, host, 'start');
    await answerAs(env.classroom, code, token, {
      questionId: 'q-who',
      choice: 'Alice',
      submissionId: sub(1),
    });
    await env.classroom.control(id, host, 'next');
    await env.classroom.control(id, host, 'end');
    const view = await viewAs(env.classroom, code, token);
    expect(view.score).toEqual({ correct: 1, total: 2 });
    expect(view.questions?.map((state) => state.revealed?.answer)).toEqual(['Alice', 'False']);
  });

  it.each([
    ['in the lobby', [] as const, { correct: 0, total: 0 }, []],
    ['after the first of two questions', ['start'] as const, { correct: 1, total: 1 }, ['q-who']],
  ])('ended %s, scores only the questions asked', async (_when, actions, score, asked) => {
    const { token } = await env.classroom.join(code, 'Ana');
    for (const action of actions) await env.classroom.control(id, host, action);
    if (actions.length > 0) {
      await answerAs(env.classroom, code, token, {
        questionId: 'q-who',
        choice: 'Alice',
        submissionId: sub(1),
      });
    }
    await env.classroom.control(id, host, 'end');
    const student = await viewAs(env.classroom, code, token);
    expect(student.score).toEqual(score);
    expect(student.questions?.map((state) => state.question.id)).toEqual(asked);
    const teacher = await env.classroom.teacherView(id, host);
    expect(teacher.results.questions.map((question) => question.id)).toEqual(asked);
    expect(teacher.results.rows[0]?.cells).toHaveLength(asked.length);
    // The plan stays visible to the teacher.
    expect(teacher.questions.map((question) => question.id)).toEqual(['q-who', 'q-tf']);
  });

  it('grows the results table with each question asked', async () => {
    await env.classroom.join(code, 'Ana');
    const columns = async () =>
      (await env.classroom.teacherView(id, host)).results.questions.length;
    expect(await columns()).toBe(0);
    await env.classroom.control(id, host, 'start');
    expect(await columns()).toBe(1);
    await env.classroom.control(id, host, 'next');
    expect(await columns()).toBe(2);
  });

  it('expires 2 h after the last activity and 12 h after creation', async () => {
    const { token } = await env.classroom.join(code, 'Ana');
    env.advance(2 * HOUR - 1);
    expect((await viewAs(env.classroom, code, token)).status).toBe('lobby');
    await env.classroom.control(id, host, 'start');
    env.advance(2 * HOUR);
    expect((await refusal(() => viewAs(env.classroom, code, token))).status).toBe(410);
    expect((await refusal(() => env.classroom.control(id, host, 'next'))).status).toBe(410);
    // The teacher can still read the results of an expired session.
    expect((await env.classroom.teacherView(id, host)).participants).toHaveLength(1);
  });
});

describe('Classroom.answer', () => {
  it.each([
    ['reveals', { revealed: true }, 'Answers are locked: the key is shown.'],
    ['moves on', { currentIndex: 1 }, 'That question is closed. Answer the one on screen.'],
    ['ends the session', { status: 'ended' as const }, 'This session has ended.'],
  ])(
    'says why when the teacher %s on another instance while the answer is on its way',
    async (_label, patch, message) => {
      const env = setup();
      const { session, hostSecret } = await env.classroom.createSession({
        slug: 'fixture',
        mode: 'teacher',
        feedback: false,
      });
      const { token } = await env.classroom.join(session.code, 'Ana');
      await env.classroom.control(session.id, hostSecret, 'start');
      // The other instance's change lands between this instance's check and the store's transaction.
      const record = env.store.recordAnswer.bind(env.store);
      env.store.recordAnswer = async (answer, guard) => {
        await env.store.updateSession(session.id, patch);
        return record(answer, guard);
      };
      const result = await refusal(() =>
        answerAs(env.classroom, session.code, token, {
          questionId: 'q-who',
          choice: 'Alice',
          submissionId: sub(1),
        }),
      );
      expect(result).toEqual({ status: 409, message });
      expect(await env.store.listAnswers(session.id)).toEqual([]);
    },
  );
});

describe('Classroom.join', () => {
  it('caps participants per session', async () => {
    const { classroom } = setup({ maxParticipants: 2 });
    const { session } = await classroom.createSession({
      slug: 'fixture',
      mode: 'student',
      feedback: false,
    });
    await classroom.join(session.code, 'A');
    await classroom.join(session.code.toLowerCase(), 'B');
    const full = await refusal(() => classroom.join(session.code, 'C'));
    expect(full.status).toBe(409);
    expect(full.message).toContain('full');
  });

  it.each(['', 'ABC', 'OOOOOO', '1234567'])(
    'treats a malformed code "%s" as unknown (404)',
    async (code) => {
      const { classroom } = setup();
      expect((await refusal(() => classroom.join(code, 'A'))).status).toBe(404);
    },
  );
});

describe('class control', () => {
  async function started(options: { approveJoins?: boolean; mode?: 'teacher' | 'student' } = {}) {
    const env = setup();
    const { session, hostSecret } = await env.classroom.createSession({
      slug: 'fixture',
      mode: options.mode ?? 'teacher',
      feedback: false,
      approveJoins: options.approveJoins,
    });
    return { ...env, session, host: hostSecret, code: session.code };
  }

  it('refuses a name already in the class, whatever its case, and suggests a free one', async () => {
    const { classroom, code } = await started();
    await classroom.join(code, 'Alice');
    await classroom.join(code, 'Alice 2');
    const taken = await refused(() => classroom.join(code, 'ALICE'));
    expect(taken.status).toBe(409);
    expect(taken.details).toEqual({ reason: 'name-taken', suggestion: 'ALICE 3' });
    expect(taken.message).toContain('“ALICE 3”');
    expect((await classroom.join(code, 'ALICE 3')).participant.name).toBe('ALICE 3');
  });

  it('locks the class to new students and opens it again', async () => {
    const { classroom, code, session, host } = await started();
    await classroom.join(code, 'Ana');
    await classroom.control(session.id, host, 'lock');
    const locked = await refused(() => classroom.join(code, 'Bot'));
    expect([locked.status, locked.details.reason]).toEqual([403, 'locked']);
    expect((await classroom.teacherView(session.id, host)).locked).toBe(true);
    await classroom.control(session.id, host, 'unlock');
    expect((await classroom.join(code, 'Ben')).participant.name).toBe('Ben');
  });

  it('makes new students wait for approval: no questions, no answers, until admitted', async () => {
    const { classroom, code, session, host } = await started({ approveJoins: true });
    const kim = await classroom.join(code, 'Kim');
    expect(kim.participant.status).toBe('pending');
    await classroom.control(session.id, host, 'start');
    const waiting = await viewAs(classroom, code, kim.token);
    expect(waiting).toMatchObject({ admission: 'pending', current: null, questions: null });
    const early = await refused(() =>
      answerAs(classroom, code, kim.token, {
        questionId: 'q-who',
        choice: 'Alice',
        submissionId: sub(1),
      }),
    );
    expect([early.status, early.details.reason]).toEqual([403, 'pending']);
    const teacher = await classroom.teacherView(session.id, host);
    expect(teacher.waiting.map((student) => student.name)).toEqual(['Kim']);
    expect(teacher.participants).toEqual([]);

    await classroom.setParticipants(session.id, host, {
      action: 'admit',
      participantIds: [kim.participant.id],
    });
    expect((await viewAs(classroom, code, kim.token)).current?.question.id).toBe('q-who');
    await answerAs(classroom, code, kim.token, {
      questionId: 'q-who',
      choice: 'Alice',
      submissionId: sub(1),
    });
    expect((await classroom.teacherView(session.id, host)).results.questions[0]?.answered).toBe(1);
    // Approval can be turned off mid-session: the next student comes straight in.
    await classroom.control(session.id, host, 'approval-off');
    expect((await classroom.join(code, 'Lee')).participant.status).toBe('admitted');
  });

  it('removes a student: their token stops working and their answers leave the results', async () => {
    const { classroom, code, session, host } = await started();
    const bot = await classroom.join(code, 'Bot');
    const ana = await classroom.join(code, 'Ana');
    await classroom.control(session.id, host, 'start');
    for (const [who, choice] of [
      [bot, 'Bob'],
      [ana, 'Alice'],
    ] as const) {
      await answerAs(classroom, code, who.token, {
        questionId: 'q-who',
        choice,
        submissionId: sub(2),
      });
    }
    await classroom.setParticipants(session.id, host, {
      action: 'remove',
      participantIds: [bot.participant.id],
    });
    for (const run of [
      () => viewAs(classroom, code, bot.token),
      () => classroom.tokenHolder(code, bot.token),
      () =>
        answerAs(classroom, code, bot.token, {
          questionId: 'q-who',
          choice: 'Bob',
          submissionId: sub(3),
        }),
    ]) {
      const refusal = await refused(run);
      expect([refusal.status, refusal.details.reason]).toEqual([403, 'removed']);
    }
    const teacher = await classroom.teacherView(session.id, host);
    expect(teacher.participants.map((student) => student.name)).toEqual(['Ana']);
    expect(teacher.results.questions[0]).toMatchObject({ answered: 1, correct: 1 });
    // The name is free again, and the seat: a real "Bot" can join.
    expect((await classroom.join(code, 'Bot')).participant.status).toBe('admitted');
  });

  it('lets only the host admit or remove', async () => {
    const { classroom, code, session } = await started();
    const ana = await classroom.join(code, 'Ana');
    const body = { action: 'remove' as const, participantIds: [ana.participant.id] };
    expect(
      (await refusal(() => classroom.setParticipants(session.id, undefined, body))).status,
    ).toBe(401);
    expect((await refusal(() => classroom.setParticipants(session.id, 'guess', body))).status).toBe(
      403,
    );
    expect((await viewAs(classroom, code, ana.token)).participant.name).toBe('Ana');
  });

  it('takes at most its budget of new students a minute, then says when to try again', async () => {
    const env = setup({ joinsPerMinute: 3 });
    const { session } = await env.classroom.createSession({
      slug: 'fixture',
      mode: 'student',
      feedback: false,
    });
    for (const name of ['A', 'B', 'C']) await env.classroom.join(session.code, name);
    const fast = await refused(() => env.classroom.join(session.code, 'D'));
    expect(fast.status).toBe(429);
    expect(fast.details.reason).toBe('joining-fast');
    expect(fast.details.retryAfter).toBeGreaterThan(0);
    env.advance(60_000);
    expect((await env.classroom.join(session.code, 'D')).participant.name).toBe('D');
  });

  it('finds a token holder by the token alone, and only for the code of its own session', async () => {
    const { classroom, code } = await started();
    const other = await started();
    const ana = await classroom.join(code, 'Ana');
    expect((await classroom.tokenHolder(code.toLowerCase(), ana.token))?.participant.name).toBe(
      'Ana',
    );
    expect(await classroom.tokenHolder(other.code, ana.token)).toBeNull();
    expect(await classroom.tokenHolder(code, 'made-up')).toBeNull();
    expect(await classroom.tokenHolder(code, null)).toBeNull();
    expect((await classroom.streamHolder(code, ana.participant.id))?.code).toBe(code);
    expect(await classroom.streamHolder(code, 'made-up')).toBeNull();
    expect(await classroom.streamHolder(other.code, ana.participant.id)).toBeNull();
  });
});

describe('storage bound', () => {
  it('refuses a new session with 503 when expired sessions cannot make room, and makes room with them', async () => {
    const size = Buffer.byteLength(JSON.stringify(FIXTURE_QUIZ));
    const env = setup({ maxStoredBytes: size * 2 + 100 });
    const body = { slug: 'fixture', mode: 'student', feedback: false } as const;
    const first = await env.classroom.createSession(body);
    env.advance(60_000);
    const second = await env.classroom.createSession(body);
    const full = await refused(() => env.classroom.createSession(body));
    expect([full.status, full.details.reason]).toEqual([503, 'storage-full']);
    // Two hours on, both have expired: the one expired longest (the first) makes room for the new one.
    env.advance(2 * HOUR);
    await env.classroom.createSession(body);
    expect(await env.store.getSession(first.session.id)).toBeNull();
    expect(await env.store.getSession(second.session.id)).not.toBeNull();
  });
});

describe('student-paced session', () => {
  it('gives feedback after each answer only when the teacher chose it', async () => {
    for (const feedback of [false, true]) {
      const { classroom } = setup();
      const { session } = await classroom.createSession({
        slug: 'fixture',
        mode: 'student',
        feedback,
      });
      const { token } = await classroom.join(session.code, 'Ana');
      const ack = await answerAs(classroom, session.code, token, {
        questionId: 'q-tf',
        choice: 'False',
        submissionId: sub(1),
      });
      expect(ack.feedback?.correct ?? null).toBe(feedback ? true : null);
      const view = await viewAs(classroom, session.code, token);
      expect(view.questions?.[1]?.revealed !== null).toBe(feedback);
      expect(view.questions?.[0]?.revealed).toBeNull();
    }
  });

  it('with feedback on, shows a key only to a participant who answered that question', async () => {
    const { classroom } = setup();
    const { session } = await classroom.createSession({
      slug: 'fixture',
      mode: 'student',
      feedback: true,
    });
    const first = await classroom.join(session.code, 'First');
    const second = await classroom.join(session.code, 'Second');
    await answerAs(classroom, session.code, first.token, {
      questionId: 'q-who',
      choice: 'Bob',
      submissionId: sub(1),
    });
    // The second identity has answered nothing: no key anywhere in its view, for any question.
    const view = await viewAs(classroom, session.code, second.token);
    expect(view.questions?.every((state) => state.revealed === null)).toBe(true);
    expect(JSON.stringify(view)).not.toContain('Alice founded it.');
    // Its own answer's acknowledgement carries the key of that question only.
    const ack = await answerAs(classroom, session.code, second.token, {
      questionId: 'q-tf',
      choice: 'True',
      submissionId: sub(2),
    });
    expect(ack.feedback?.revealed.answer).toBe('False');
    expect(JSON.stringify(ack)).not.toContain('Alice founded it.');
  });

  it('fills the teacher view as students answer in any order', async () => {
    const { classroom } = setup();
    const { session, hostSecret } = await classroom.createSession({
      slug: 'fixture',
      mode: 'student',
      feedback: false,
    });
    const a = await classroom.join(session.code, 'Ana');
    const b = await classroom.join(session.code, 'Ben');
    await answerAs(classroom, session.code, a.token, {
      questionId: 'q-tf',
      choice: 'False',
      submissionId: sub(1),
    });
    await answerAs(classroom, session.code, b.token, {
      questionId: 'q-who',
      choice: 'Bob',
      submissionId: sub(2),
    });
    await answerAs(classroom, session.code, a.token, {
      questionId: 'q-who',
      choice: 'Alice',
      submissionId: sub(3),
    });
    const view = await classroom.teacherView(session.id, hostSecret);
    expect(view.results.questions.map((question) => question.percentCorrect)).toEqual([50, 100]);
    expect(view.results.rows.map((row) => [row.name, row.score])).toEqual([
      ['Ana', 2],
      ['Ben', 0],
    ]);
  });
});

describe('a session started before quiz schema 2', () => {
  it('reads its v1 snapshot and asks the questions it recorded', async () => {
    const { classroom, store } = setup();
    const { session, hostSecret } = await classroom.createSession({
      slug: 'fixture',
      mode: 'student',
      feedback: false,
    });
    const v1 = {
      ...FIXTURE_QUIZ,
      schemaVersion: 1,
      defaultCount: undefined,
      questions: FIXTURE_QUIZ.questions.map(({ rank: _rank, ...question }) => question),
    };
    const old = await store.createSession(
      { ...session, id: 'old-session', code: 'ABCDEF', quizJson: JSON.stringify(v1) },
      { now: session.createdAt, idleMs: 2 * HOUR },
    );
    if (old === 'code-taken') throw new Error('the code was free');
    const { token } = await classroom.join(old.code, 'Ana');
    const view = await viewAs(classroom, old.code, token);
    expect(view.questions?.map((s) => s.question.id)).toEqual(['q-who', 'q-tf']);
    expect((await classroom.teacherView(old.id, hostSecret)).questions).toHaveLength(2);
  });
});

describe('isClassroomError', () => {
  it('recognises a refusal by its shape, whichever bundle made it', async () => {
    const foreign = Object.assign(new Error('x'), { name: 'ClassroomError', status: 403 });
    expect(isClassroomError(foreign)).toBe(true);
    expect(isClassroomError(new ClassroomError(404, 'x'))).toBe(true);
    expect(isClassroomError(new Error('x'))).toBe(false);
  });
});
