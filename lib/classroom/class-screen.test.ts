import { beforeEach, describe, expect, it } from 'vitest';
import { Classroom, isClassroomError } from './service';
import { SqliteStore } from './sqlite-store';
import { FIXTURE_QUIZ } from './test-fixtures';

const HOUR = 3_600_000;

/** A teacher-paced class on the fixture quiz: its first question is "Who founded the club?" (Alice). */
async function setup() {
  let now = Date.UTC(2026, 0, 1, 9);
  const classroom = new Classroom({
    store: new SqliteStore(':memory:'),
    loadQuiz: (slug) => (slug === 'fixture' ? FIXTURE_QUIZ : null),
    config: { maxParticipants: 300, ttlMs: 12 * HOUR, idleMs: 2 * HOUR },
    now: () => now,
  });
  const { session, hostSecret } = await classroom.createSession({
    slug: 'fixture',
    mode: 'teacher',
    feedback: false,
  });
  const answer = async (name: string, choice: string) => {
    const { token } = await classroom.join(session.code, name);
    const who = await classroom.participant(session.code, token);
    await classroom.answer(who, { questionId: 'q-who', choice, submissionId: `sub-${name}` });
  };
  return {
    classroom,
    id: session.id,
    code: session.code,
    host: hostSecret,
    answer,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

async function status(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
  } catch (error) {
    if (isClassroomError(error)) return error.status;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Classroom.classScreenView', () => {
  let env: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    env = await setup();
  });

  it('opens only with the host secret of the session, as the dashboard', async () => {
    expect(await status(() => env.classroom.classScreenView(env.id, undefined))).toBe(401);
    expect(await status(() => env.classroom.classScreenView(env.id, 'not-the-secret'))).toBe(403);
    const { token } = await env.classroom.join(env.code, 'Ana');
    expect(await status(() => env.classroom.classScreenView(env.id, token))).toBe(403);
    expect(await status(() => env.classroom.classScreenView('no-such-id', env.host))).toBe(404);
  });

  it('in the lobby: the join code and how many joined, no question', async () => {
    await env.classroom.join(env.code, 'Ana');
    const view = await env.classroom.classScreenView(env.id, env.host);
    expect(view).toMatchObject({
      code: env.code,
      slug: 'fixture',
      status: 'lobby',
      open: true,
      joined: 1,
      totalQuestions: 2,
      current: null,
    });
  });

  it('before the reveal: the question and a count of answers, never the key, the split or a name', async () => {
    await env.classroom.control(env.id, env.host, 'start');
    await env.answer('Ana', 'Alice');
    await env.answer('Ben', 'Bob');
    const view = await env.classroom.classScreenView(env.id, env.host);
    expect(view.current).toEqual({
      number: 1,
      question: {
        id: 'q-who',
        type: 'who',
        prompt: 'Who founded the club?',
        choices: ['Alice', 'Bob', 'Carol'],
      },
      answered: 2,
      reveal: null,
    });
    const text = JSON.stringify(view);
    for (const secret of ['"answer"', 'Alice founded it.', 'evidence', 'Ana', 'Ben', 'count']) {
      expect(text).not.toContain(secret);
    }
  });

  it('after the reveal: the key, the class’s answers per option and the proving sentence', async () => {
    await env.classroom.control(env.id, env.host, 'start');
    await env.answer('Ana', 'Alice');
    await env.answer('Ben', 'Bob');
    await env.answer('Cy', 'Alice');
    await env.classroom.control(env.id, env.host, 'reveal');
    const { current } = await env.classroom.classScreenView(env.id, env.host);
    expect(current?.reveal).toMatchObject({
      answer: 'Alice',
      keyIndex: 0,
      explanation: 'Alice founded it.',
      counts: [2, 1, 0],
      evidence: [{ quote: 'Alice founded the club in 1990.', paragraph: 1, sentenceId: 's-1' }],
    });
    // "Show in the article" comes back to the class screen, not to the dashboard.
    expect(current?.reveal?.evidence[0]?.href).toBe(
      `/articles/fixture?from=${encodeURIComponent(`/teach/fixture/live/${env.id}/screen`)}#s-1`,
    );
    expect(JSON.stringify(current)).not.toMatch(/Ana|Ben|Cy/);
  });

  it('the next question starts hidden again', async () => {
    await env.classroom.control(env.id, env.host, 'start');
    await env.classroom.control(env.id, env.host, 'reveal');
    await env.classroom.control(env.id, env.host, 'next');
    const { current } = await env.classroom.classScreenView(env.id, env.host);
    expect(current).toMatchObject({ number: 2, answered: 0, reveal: null });
  });

  it('ended or expired: closed, no question', async () => {
    await env.classroom.control(env.id, env.host, 'start');
    env.advance(2 * HOUR);
    expect(await env.classroom.classScreenView(env.id, env.host)).toMatchObject({
      status: 'active',
      open: false,
      current: null,
    });
    const other = await setup();
    await other.classroom.control(other.id, other.host, 'end');
    expect(await other.classroom.classScreenView(other.id, other.host)).toMatchObject({
      status: 'ended',
      open: false,
      current: null,
    });
  });

  it('student-paced: the join slide all along, no question on screen', async () => {
    const { session, hostSecret } = await env.classroom.createSession({
      slug: 'fixture',
      mode: 'student',
      feedback: true,
    });
    expect(await env.classroom.classScreenView(session.id, hostSecret)).toMatchObject({
      mode: 'student',
      status: 'active',
      open: true,
      current: null,
    });
  });
});
