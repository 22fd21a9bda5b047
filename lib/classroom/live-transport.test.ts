import { describe, expect, it } from 'vitest';
import {
  INITIAL_TRANSPORT,
  cameBack,
  nextTransport,
  reconnectDelay,
  transportOf,
  type TransportEvent,
  type TransportState,
} from './live-transport';

const run = (events: TransportEvent[], from: TransportState = INITIAL_TRANSPORT) =>
  events.reduce(nextTransport, from);

/** A server restart: the stream drops, nothing answers while it keeps failing, then the server answers. */
const RESTARTED: TransportEvent[] = [
  { type: 'opened' },
  { type: 'failed' },
  { type: 'fetched', reachable: false },
  { type: 'failed' },
  { type: 'failed' },
  { type: 'failed' },
  { type: 'fetched', reachable: true },
];

describe('transportOf', () => {
  it.each<[string, TransportEvent[], ReturnType<typeof transportOf>]>([
    ['before anything', [], 'connecting'],
    ['once the stream opens', [{ type: 'opened' }], 'live'],
    [
      'a dropped stream, server not yet asked',
      [{ type: 'opened' }, { type: 'failed' }],
      'reconnecting',
    ],
    [
      'a dropped stream while the server answers',
      [{ type: 'opened' }, { type: 'failed' }, { type: 'fetched', reachable: true }],
      'reconnecting',
    ],
    [
      'a server that does not answer (restarting)',
      [{ type: 'opened' }, { type: 'failed' }, { type: 'fetched', reachable: false }],
      'offline',
    ],
    [
      'streams failing three times while fetches work (a filtering proxy)',
      [
        { type: 'failed' },
        { type: 'fetched', reachable: true },
        { type: 'failed' },
        { type: 'failed' },
      ],
      'polling',
    ],
    ['the stream back after a restart', [...RESTARTED, { type: 'opened' }], 'live'],
  ])('%s → %s', (_name, events, expected) => {
    expect(transportOf(run(events))).toBe(expected);
  });

  it('does not count the streams that failed while the server was down once it answers again', () => {
    // A restart: the stream failed many times while nothing answered; the first answer is not a filter.
    const restarted = run(RESTARTED);
    expect(transportOf(restarted)).toBe('reconnecting');
    // Streams that then keep failing while the server answers are a filter, as on any page.
    const filtered = run([{ type: 'failed' }, { type: 'failed' }, { type: 'failed' }], restarted);
    expect(transportOf(filtered)).toBe('polling');
  });

  it('never says streams are blocked while the server itself does not answer', () => {
    const state = run(Array.from({ length: 10 }, () => ({ type: 'failed' }) as const));
    expect(transportOf(nextTransport(state, { type: 'fetched', reachable: false }))).toBe(
      'offline',
    );
  });
});

describe('reconnectDelay', () => {
  it('doubles from 1 s to at most 30 s, with at most a fifth of jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => reconnectDelay(n, 0))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(reconnectDelay(1, 0.999)).toBeLessThanOrEqual(1_200);
  });
});

describe('cameBack', () => {
  it('is true when the server answers again after not answering, while the stream is down', () => {
    const down = run([
      { type: 'opened' },
      { type: 'failed' },
      { type: 'fetched', reachable: false },
    ]);
    const back = nextTransport(down, { type: 'fetched', reachable: true });
    expect(cameBack(down, back)).toBe(true);
    expect(cameBack(back, nextTransport(back, { type: 'fetched', reachable: true }))).toBe(false);
  });
});
