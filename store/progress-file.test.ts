import { describe, expect, it } from 'vitest';
import exportV1 from './fixtures/progress-export.v1.json';
import v1 from './fixtures/progress.v1.json';
import { progressStateSchema } from '@/lib/quiz-play/progress-schema';
import { parseProgressFile, progressFile, progressFileName } from './progress-file';

// JSON imports widen literals to string; the schema gives the fixture its real type (and checks it).
const state = progressStateSchema.parse(v1.state);

describe('progressFile', () => {
  it('wraps progress in a tagged, versioned envelope that parses back to the same progress', () => {
    const file = progressFile(state, new Date('2026-11-22T08:00:00.000Z'));
    expect(file).toEqual(exportV1);
    expect(parseProgressFile(JSON.stringify(file))).toEqual({
      ok: true,
      progress: v1.state,
      exportedAt: '2026-11-22T08:00:00.000Z',
    });
    expect(progressFileName(new Date('2026-11-22T08:00:00.000Z'))).toBe(
      'cited-progress-2026-11-22.json',
    );
  });
});

describe('parseProgressFile', () => {
  it('reads the frozen v1 export', () => {
    expect(parseProgressFile(JSON.stringify(exportV1))).toEqual({
      ok: true,
      progress: v1.state,
      exportedAt: exportV1.exportedAt,
    });
  });

  it('reads an empty export as empty progress', () => {
    const text = JSON.stringify({ ...exportV1, progress: { quizzes: {} } });
    expect(parseProgressFile(text)).toEqual({
      ok: true,
      progress: { quizzes: {} },
      exportedAt: exportV1.exportedAt,
    });
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['some other JSON', '{"hello":"world"}', /not a Cited progress file/],
    ['an array', '[1,2]', /not a Cited progress file/],
    ['a newer version', JSON.stringify({ ...exportV1, version: 9 }), /newer version/],
    [
      'damaged progress',
      JSON.stringify({ ...exportV1, progress: { quizzes: { x: { attempts: 1 } } } }),
      /damaged.*unchanged/,
    ],
    ['missing progress', JSON.stringify({ format: 'cited-progress', version: 1 }), /not a Cited/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseProgressFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
