import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './migrations';
import { SqliteStore } from './sqlite-store';
import { newSession, participant } from './test-fixtures';

// What is particular to SQLite; the behaviour both backends share is in store.test.ts.

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempFile() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-store-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'cited.sqlite');
}

const session = newSession('s1', { code: 'ABC234', expiresAt: 100 });

describe('SqliteStore', () => {
  it('creates the directory, migrates, uses WAL, and keeps everything across a reopen', async () => {
    const file = tempFile();
    const store = new SqliteStore(file);
    await store.createSession(session, { now: 1, idleMs: 1000 });
    await store.addParticipant(participant('p1', 's1', 2, { name: 'Ana', nameKey: 'ana' }), 10);
    await store.recordAnswer(
      {
        sessionId: 's1',
        participantId: 'p1',
        questionId: 'q1',
        choice: 'A',
        correct: true,
        submissionId: 'sub-0001',
        answeredAt: 3,
      },
      { questionIndex: 0 },
    );
    await store.updateSession('s1', { currentIndex: 1, revealed: true });
    await store.close();

    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();

    const reopened = new SqliteStore(file);
    expect(await reopened.getSession('s1')).toMatchObject({
      currentIndex: 1,
      revealed: true,
      version: 4,
    });
    expect((await reopened.listParticipants('s1')).map((p) => p.name)).toEqual(['Ana']);
    expect(await reopened.findAnswer('p1', 'q1')).toMatchObject({ choice: 'A', correct: true });
    await reopened.close();
  });

  it('announces a change only once it is committed', async () => {
    const store = new SqliteStore(':memory:');
    await store.createSession(session, { now: 1, idleMs: 1000 });
    const seen: number[] = [];
    store.changes.subscribe('s1', (version) => seen.push(version));
    await expect(store.addParticipant(participant('p1', 'nope'), 9)).rejects.toThrow(
      /no session nope/,
    );
    expect(seen).toEqual([]);
    await store.updateSession('s1', { revealed: true });
    expect(seen).toEqual([2]);
    await store.close();
  });
});
