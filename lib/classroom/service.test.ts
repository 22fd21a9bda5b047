import { beforeEach, describe, expect, it } from 'vitest';
import { Classroom, ClassroomError, isClassroomError } from './service';
import { SqliteStore } from './sqlite-store';
import { FIXTURE_QUIZ } from './test-fixtures';

const HOUR = 3_600_000;

function setup(overrides: { maxParticipants?: number } = {}) {
  let now = Date.UTC(2026, 0, 1, 9);
  const store = new SqliteStore(':memory:');
  const classroom = new Classroom({
    store,
    loadQuiz: (slug) => (slug === 'fixture' ? FIXTURE_QUIZ : null),
    config: {
      maxParticipants: overrides.maxParticipants ?? 300,
      ttlMs: 12 * HOUR,
      idleMs: 2 * HOUR,
    },
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
  try {
    await run();
  } catch (error) {
    if (error instanceof ClassroomError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

const sub = (n: number) => `submission-${n}`;

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
    const before = await env.classroom.studentView(code, token);
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
    expect((await env.classroom.studentView(code, token)).current?.myCorrect).toBeNull();
    await env.classroom.control(id, host, 'reveal');
    const after = await env.classroom.studentView(code, token);
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
    expect((await refusal(() => env.classroom.studentView(code, stranger.token))).status).toBe(403);
    expect((await refusal(() => env.classroom.studentView(code, null))).status).toBe(401);
    expect((await refusal(() => env.classroom.studentView(code, 'made-up'))).status).toBe(403);
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

  it('shows every key and the score once ended', async () => {
    const { token } = await env.classroom.join(code, 'Ana');
    await env.classroom.control(id, host, 'start');
    await answerAs(env.classroom, code, token, {
      questionId: 'q-who',
      choice: 'Alice',
      submissionId: sub(1),
    });
    await env.classroom.control(id, host, 'end');
    const view = await env.classroom.studentView(code, token);
    expect(view.score).toEqual({ correct: 1, total: 2 });
    expect(view.questions?.map((state) => state.revealed?.answer)).toEqual(['Alice', 'False']);
  });

  it('expires 2 h after the last activity and 12 h after creation', async () => {
    const { token } = await env.classroom.join(code, 'Ana');
    env.advance(2 * HOUR - 1);
    expect((await env.classroom.studentView(code, token)).status).toBe('lobby');
    await env.classroom.control(id, host, 'start');
    env.advance(2 * HOUR);
    expect((await refusal(() => env.classroom.studentView(code, token))).status).toBe(410);
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
      const view = await classroom.studentView(session.code, token);
      expect(view.questions?.[1]?.revealed !== null).toBe(feedback);
      expect(view.questions?.[0]?.revealed).toBeNull();
    }
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

describe('isClassroomError', () => {
  it('recognises a refusal by its shape, whichever bundle made it', async () => {
    const foreign = Object.assign(new Error('x'), { name: 'ClassroomError', status: 403 });
    expect(isClassroomError(foreign)).toBe(true);
    expect(isClassroomError(new ClassroomError(404, 'x'))).toBe(true);
    expect(isClassroomError(new Error('x'))).toBe(false);
  });
});
