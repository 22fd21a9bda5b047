import { beforeEach, describe, expect, it } from 'vitest';
import { Classroom } from './service';
import { SqliteStore } from './sqlite-store';
import type { SessionSnapshot } from './store';
import { applyTeacherDelta } from './teacher-delta';
import { FIXTURE_QUIZ } from './test-fixtures';

const HOUR = 3_600_000;

/** A class on the fixture quiz (q-who, then q-tf), with the clock the test moves. */
async function setup(options: { mode?: 'teacher' | 'student'; approveJoins?: boolean } = {}) {
  let now = Date.UTC(2026, 0, 1, 9);
  const classroom = new Classroom({
    store: new SqliteStore(':memory:'),
    loadQuiz: (slug) => (slug === 'fixture' ? FIXTURE_QUIZ : null),
    config: { maxParticipants: 300, ttlMs: 12 * HOUR, idleMs: 2 * HOUR },
    now: () => now,
  });
  const { session, hostSecret } = await classroom.createSession({
    slug: 'fixture',
    mode: options.mode ?? 'teacher',
    feedback: false,
    approveJoins: options.approveJoins ?? false,
  });
  let submissions = 0;
  const env = {
    classroom,
    id: session.id,
    join: (name: string) => classroom.join(session.code, name),
    answer: async (token: string, questionId: string, choice: string) => {
      now += 1000;
      return classroom.answer(await classroom.participant(session.code, token), {
        questionId,
        choice,
        submissionId: `submission-${++submissions}`,
      });
    },
    control: (action: Parameters<Classroom['control']>[2]) =>
      classroom.control(session.id, hostSecret, action),
    participants: (action: 'admit' | 'remove', participantIds: string[]) =>
      classroom.setParticipants(session.id, hostSecret, { action, participantIds }),
    view: () => classroom.teacherView(session.id, hostSecret),
    snapshot: async (): Promise<SessionSnapshot> => {
      const snapshot = await classroom.teacherSnapshot(session.id);
      if (!snapshot) throw new Error('no session');
      return snapshot;
    },
  };
  return env;
}

type Env = Awaited<ReturnType<typeof setup>>;

/** As the teacher's stream does: a snapshot, the changes, then the delta since that snapshot. */
async function deltaOver(env: Env, changes: () => Promise<unknown>) {
  const before = await env.snapshot();
  await changes();
  const delta = env.classroom.teacherDelta(before, await env.snapshot(), before.session.version);
  return { delta, full: await env.view() };
}

describe('applyTeacherDelta', () => {
  let env: Env;
  beforeEach(async () => {
    env = await setup();
  });

  it('turns the view into the fetched one after joins and answers, with its counts and misses', async () => {
    const ana = await env.join('Ana');
    await env.control('start');
    const before = await env.view();
    const { delta, full } = await deltaOver(env, async () => {
      const ben = await env.join('Ben');
      const cy = await env.join('Cy');
      await env.answer(ana.token, 'q-who', 'Alice');
      await env.answer(ben.token, 'q-who', 'Bob');
      await env.answer(cy.token, 'q-who', 'Bob');
    });
    expect(delta?.joined.map((student) => student.name)).toEqual(['Ben', 'Cy']);
    expect(delta?.answers).toHaveLength(3);
    const applied = applyTeacherDelta(before, delta!);
    expect(applied).toEqual(full);
    expect(applied?.results.questions[0]).toMatchObject({
      answered: 3,
      correct: 1,
      percentCorrect: 33,
    });
    // Far smaller than the view it saves fetching, which carries every question with its evidence.
    expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it('counts each answer once when the view already holds some of the delta (fetched meanwhile)', async () => {
    const ana = await env.join('Ana');
    const ben = await env.join('Ben');
    await env.control('start');
    const before = await env.snapshot();
    await env.answer(ana.token, 'q-who', 'Alice');
    // The dashboard fetched its view here, while the delta was on its way.
    const partial = await env.view();
    await env.answer(ben.token, 'q-who', 'Carol');
    const delta = env.classroom.teacherDelta(before, await env.snapshot(), before.session.version);
    expect(delta?.answers).toHaveLength(2);
    const applied = applyTeacherDelta(partial, delta!);
    expect(applied).toEqual(await env.view());
    expect(applied?.results.questions[0]?.answered).toBe(2);
  });

  it('adds a student waiting to be let in to the waiting list', async () => {
    const waiting = await setup({ approveJoins: true });
    const before = await waiting.view();
    const { delta, full } = await deltaOver(waiting, () => waiting.join('Dee'));
    expect(applyTeacherDelta(before, delta!)).toEqual(full);
    expect(full.waiting.map((student) => student.name)).toEqual(['Dee']);
  });

  it('asks for a fetch after a gap, and leaves a view already past the delta as it is', async () => {
    const ana = await env.join('Ana');
    await env.control('start');
    const old = await env.view();
    await env.join('Ben');
    const { delta } = await deltaOver(env, () => env.answer(ana.token, 'q-who', 'Alice'));
    expect(delta!.from).toBeGreaterThan(old.version);
    expect(applyTeacherDelta(old, delta!)).toBeNull();
    const newer = await env.view();
    expect(applyTeacherDelta(newer, delta!)).toBe(newer);
  });

  it('asks for a fetch when the delta names a student the view does not hold', async () => {
    const ana = await env.join('Ana');
    await env.control('start');
    const before = await env.view();
    const { delta } = await deltaOver(env, () => env.answer(ana.token, 'q-who', 'Alice'));
    const withoutAna = {
      ...before,
      participants: [],
      results: { ...before.results, rows: [] },
    };
    expect(applyTeacherDelta(withoutAna, delta!)).toBeNull();
  });
});

describe('Classroom.teacherDelta', () => {
  it.each([
    ['a teacher’s move', (env: Env) => env.control('next')],
    [
      'a student removed',
      async (env: Env) => {
        const { participants } = await env.snapshot();
        await env.participants('remove', [participants[0]!.id]);
      },
    ],
  ])('is null after %s: the dashboard fetches its view', async (_name, change) => {
    const env = await setup();
    await env.join('Ana');
    await env.control('start');
    const { delta } = await deltaOver(env, () => change(env));
    expect(delta).toBeNull();
  });

  it('is null when a waiting student was let in', async () => {
    const env = await setup({ approveJoins: true });
    const dee = await env.join('Dee');
    const { delta } = await deltaOver(env, () => env.participants('admit', [dee.participant.id]));
    expect(delta).toBeNull();
  });
});
