import { describe, expect, it, vi } from 'vitest';
import { SessionEvents } from './events';
import { sseResponse } from './sse';

vi.mock('server-only', () => ({}));

const decoder = new TextDecoder();

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, count: number) {
  const messages: string[] = [];
  while (messages.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    messages.push(...decoder.decode(value).split('\n\n').filter(Boolean));
  }
  return messages;
}

function open(
  changes: ('control' | 'activity')[],
  throttleMs = 30,
  describe?: Parameters<typeof sseResponse>[0]['describe'],
) {
  const events = new SessionEvents();
  const abort = new AbortController();
  const response = sseResponse({
    signal: abort.signal,
    events,
    sessionId: 's1',
    version: 7,
    changes,
    throttleMs,
    describe,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  return { events, abort, response, reader };
}

describe('sseResponse', () => {
  it('starts with a retry hint and the current version, as an event stream', async () => {
    const { response, reader, abort } = open(['control']);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(await readUntil(reader, 2)).toEqual(['retry: 3000', 'data: {"version":7}']);
    abort.abort();
  });

  it('coalesces a burst of activity into one message with the latest version', async () => {
    const { events, reader, abort } = open(['control', 'activity']);
    await readUntil(reader, 2);
    for (let version = 8; version <= 40; version++) events.publish('s1', version, 'activity');
    expect(await readUntil(reader, 1)).toEqual(['data: {"version":40}']);
    events.publish('s1', 41, 'control');
    expect(await readUntil(reader, 1)).toEqual(['data: {"version":41}']);
    abort.abort();
  });

  it('sends students only the teacher’s moves, and unsubscribes when the client leaves', async () => {
    const { events, reader, abort } = open(['control']);
    await readUntil(reader, 2);
    events.publish('s1', 8, 'activity');
    events.publish('s2', 9, 'control');
    events.publish('s1', 10, 'control');
    expect(await readUntil(reader, 1)).toEqual(['data: {"version":10}']);
    expect(events.listenerCount('s1')).toBe(1);
    expect(events.watchedSessions()).toEqual(['s1']);
    abort.abort();
    expect(events.listenerCount('s1')).toBe(0);
    expect(events.watchedSessions()).toEqual([]);
    expect((await reader.read()).done).toBe(true);
  });

  it('sends what `describe` says for each change, in order however long each takes, and the version alone on connect', async () => {
    const delays: Record<number, number> = { 8: 40, 9: 0 };
    const { events, reader, abort } = open(['control'], 0, async (version, change) => {
      await new Promise((resolve) => setTimeout(resolve, delays[version] ?? 0));
      if (version === 10) throw new Error('the store is away');
      return JSON.stringify({ version, change, state: `at ${version}` });
    });
    expect(await readUntil(reader, 2)).toEqual(['retry: 3000', 'data: {"version":7}']);
    events.publish('s1', 8, 'control');
    events.publish('s1', 9, 'control');
    events.publish('s1', 10, 'control');
    expect(await readUntil(reader, 3)).toEqual([
      'data: {"version":8,"change":"control","state":"at 8"}',
      'data: {"version":9,"change":"control","state":"at 9"}',
      // Describing failed: the version alone, so the client fetches its view.
      'data: {"version":10}',
    ]);
    abort.abort();
  });
});
