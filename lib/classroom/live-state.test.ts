import { beforeEach, describe, expect, it } from 'vitest';
import { withPublicState } from './live-state';
import { Classroom, type StudentView } from './service';
import { SqliteStore } from './sqlite-store';
import { FIXTURE_QUIZ } from './test-fixtures';

const HOUR = 3_600_000;

/** A teacher-paced class on the fixture quiz (q-who, then q-tf) with Ana and Ben, as the routes see it. */
async function teacherPacedClass(approveJoins = false) {
  const classroom = new Classroom({
    store: new SqliteStore(':memory:'),
    loadQuiz: (slug) => (slug === 'fixture' ? FIXTURE_QUIZ : null),
    config: { maxParticipants: 30, ttlMs: 12 * HOUR, idleMs: 2 * HOUR },
  });
  const { session, hostSecret } = await classroom.createSession({
    slug: 'fixture',
    mode: 'teacher',
    feedback: false,
    approveJoins,
  });
  const ana = await classroom.join(session.code, 'Ana');
  const ben = await classroom.join(session.code, 'Ben');
  const view = async (token: string) =>
    classroom.studentView(await classroom.participant(session.code, token));
  const answer = async (token: string, questionId: string, choice: string) =>
    classroom.answer(await classroom.participant(session.code, token), {
      questionId,
      choice,
      submissionId: `submission-${token.slice(0, 8)}-${questionId}`,
    });
  const control = (action: Parameters<Classroom['control']>[2]) =>
    classroom.control(session.id, hostSecret, action);
  const participants = (action: 'admit' | 'remove', participantId: string) =>
    classroom.setParticipants(session.id, hostSecret, { action, participantIds: [participantId] });
  const live = async () => {
    const read = await classroom.liveState(session.id);
    if (!read) throw new Error('no live state');
    return read;
  };
  return { classroom, session, ana, ben, view, answer, control, participants, live };
}

/** Every key the object holds, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  }
  return [];
}

describe('Classroom.liveState', () => {
  let env: Awaited<ReturnType<typeof teacherPacedClass>>;
  beforeEach(async () => {
    env = await teacherPacedClass();
  });

  it('holds the question on screen without its key until the reveal, and no one’s answers', async () => {
    await env.control('start');
    await env.answer(env.ana.token, 'q-who', 'Alice');
    const { state } = await env.live();
    expect(state.current).toEqual({
      index: 0,
      question: {
        id: 'q-who',
        type: 'who',
        prompt: 'Who founded the club?',
        choices: ['Alice', 'Bob', 'Carol'],
      },
      revealed: null,
    });
    const keys = keysOf(state);
    for (const secret of ['answer', 'explanation', 'evidence', 'myAnswer', 'myCorrect', 'name']) {
      expect(keys).not.toContain(secret);
    }
    expect(JSON.stringify(state)).not.toContain('Alice founded it.');

    await env.control('reveal');
    const revealed = (await env.live()).state.current?.revealed;
    expect(revealed).toMatchObject({ answer: 'Alice', explanation: 'Alice founded it.' });
    // The evidence opens the article for the class, as in the student's own view.
    expect(revealed?.evidence[0]?.href).toBe(
      `/articles/fixture?from=${encodeURIComponent(`/live/${env.session.code}`)}#s-1`,
    );
    expect(keysOf((await env.live()).state)).not.toContain('myAnswer');
  });

  it('names the admitted participants only: not one waiting to be let in, nor one removed', async () => {
    const waiting = await teacherPacedClass(true);
    expect([...(await waiting.live()).admitted]).toEqual([]);
    await waiting.participants('admit', waiting.ana.participant.id);
    expect([...(await waiting.live()).admitted]).toEqual([waiting.ana.participant.id]);
    await waiting.participants('remove', waiting.ana.participant.id);
    expect([...(await waiting.live()).admitted]).toEqual([]);
  });

  it('is null for a session that does not exist', async () => {
    expect(await env.classroom.liveState('no-such-session')).toBeNull();
  });
});

describe('withPublicState', () => {
  let env: Awaited<ReturnType<typeof teacherPacedClass>>;
  beforeEach(async () => {
    env = await teacherPacedClass();
  });

  /** Applies the live state after `step` to each phone's view before it: it must equal the view fetched after. */
  async function expectSameAsFetched(step: () => Promise<unknown>) {
    const before = [await env.view(env.ana.token), await env.view(env.ben.token)];
    await step();
    const { state } = await env.live();
    const after = [await env.view(env.ana.token), await env.view(env.ben.token)];
    expect(before.map((view) => withPublicState(view, state))).toEqual(after);
  }

  type Env = typeof env;
  const start = async (e: Env) => void (await e.control('start'));
  it.each([
    ['start', async () => {}, 'start'],
    [
      'reveal, with one student right and one not answering',
      async (e: Env) => {
        await start(e);
        await e.answer(e.ana.token, 'q-who', 'Alice');
      },
      'reveal',
    ],
    [
      'reveal, with one student wrong',
      async (e: Env) => {
        await start(e);
        await e.answer(e.ben.token, 'q-who', 'Bob');
      },
      'reveal',
    ],
    [
      'next after a reveal',
      async (e: Env) => {
        await start(e);
        await e.answer(e.ana.token, 'q-who', 'Alice');
        await e.control('reveal');
      },
      'next',
    ],
    [
      'next without a reveal',
      async (e: Env) => {
        await start(e);
        await e.answer(e.ben.token, 'q-who', 'Carol');
      },
      'next',
    ],
    ['lock (nothing a phone shows moves)', start, 'lock'],
  ] as const)('after %s, shows what the fetched view shows', async (_name, before, action) => {
    await before(env);
    await expectSameAsFetched(() => env.control(action));
  });

  it('leaves a view newer than the state as it is', async () => {
    await env.control('start');
    const { state } = await env.live();
    await env.control('next');
    const newer = await env.view(env.ana.token);
    expect(withPublicState(newer, state)).toBe(newer);
  });

  it('asks for a fetch at the end (the review holds the phone’s own answers and score)', async () => {
    await env.control('start');
    const view = await env.view(env.ana.token);
    await env.control('end');
    expect(withPublicState(view, (await env.live()).state)).toBeNull();
  });

  it('asks for a fetch while the phone waits to be let in', async () => {
    const waiting = await teacherPacedClass(true);
    const view: StudentView = await waiting.view(waiting.ana.token);
    expect(view.admission).toBe('pending');
    await waiting.control('start');
    expect(withPublicState(view, (await waiting.live()).state)).toBeNull();
  });
});
