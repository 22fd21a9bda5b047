import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteClassroomStore } from './sqlite-store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempFile() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-store-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'cited.sqlite');
}

const session = {
  id: 's1',
  code: 'ABC234',
  slug: 'fixture',
  mode: 'teacher' as const,
  feedback: false,
  quizJson: '{}',
  questionIds: ['q1', 'q2'],
  hostHash: 'h',
  status: 'active' as const,
  currentIndex: 0,
  revealed: false,
  createdAt: 1,
  lastActivityAt: 1,
  expiresAt: 100,
};

describe('SqliteClassroomStore', () => {
  it('creates the directory, migrates, uses WAL, and keeps everything across a reopen', () => {
    const file = tempFile();
    const store = new SqliteClassroomStore(file);
    store.createSession(session);
    store.addParticipant(
      { id: 'p1', sessionId: 's1', name: 'Ana', tokenHash: 't1', joinedAt: 2 },
      10,
    );
    store.recordAnswer({
      sessionId: 's1',
      participantId: 'p1',
      questionId: 'q1',
      choice: 'A',
      correct: true,
      submissionId: 'sub-0001',
      answeredAt: 3,
    });
    store.updateSession('s1', { currentIndex: 1, revealed: true });
    store.close();

    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();

    const reopened = new SqliteClassroomStore(file);
    expect(reopened.getSession('s1')).toMatchObject({
      currentIndex: 1,
      revealed: true,
      version: 4,
    });
    expect(reopened.listParticipants('s1').map((p) => p.name)).toEqual(['Ana']);
    expect(reopened.findAnswer('p1', 'q1')).toMatchObject({ choice: 'A', correct: true });
    reopened.close();
  });

  it('keeps the first answer and refuses participants beyond the cap', () => {
    const store = new SqliteClassroomStore(':memory:');
    store.createSession(session);
    const add = (id: string) =>
      store.addParticipant({ id, sessionId: 's1', name: id, tokenHash: id, joinedAt: 2 }, 2);
    expect([add('p1'), add('p2'), add('p3')]).toEqual(['added', 'added', 'full']);
    const answer = {
      sessionId: 's1',
      participantId: 'p1',
      questionId: 'q1',
      choice: 'A',
      correct: true,
      submissionId: 'sub-0001',
      answeredAt: 3,
    };
    expect(store.recordAnswer(answer).created).toBe(true);
    const again = store.recordAnswer({ ...answer, choice: 'B', submissionId: 'sub-0002' });
    expect(again).toMatchObject({ created: false, answer: { choice: 'A' } });
    expect(store.listAnswers('s1')).toHaveLength(1);
  });

  it('purges expired sessions with their participants and answers', () => {
    const store = new SqliteClassroomStore(':memory:');
    store.createSession(session);
    store.createSession({ ...session, id: 's2', expiresAt: 500 });
    store.addParticipant(
      { id: 'p1', sessionId: 's1', name: 'Ana', tokenHash: 't1', joinedAt: 2 },
      10,
    );
    expect(store.purgeExpiredBefore(200)).toBe(1);
    expect(store.getSession('s1')).toBeNull();
    expect(store.findParticipantByTokenHash('t1')).toBeNull();
    expect(store.getSession('s2')).not.toBeNull();
  });

  it('refuses an answer for a participant that does not exist (foreign keys on)', () => {
    const store = new SqliteClassroomStore(':memory:');
    store.createSession(session);
    expect(() =>
      store.recordAnswer({
        sessionId: 's1',
        participantId: 'ghost',
        questionId: 'q1',
        choice: 'A',
        correct: true,
        submissionId: 'sub-0001',
        answeredAt: 3,
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});
