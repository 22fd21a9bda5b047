import { describe, expect, it } from 'vitest';
import { quoted } from './quoted';

describe('quoted', () => {
  it.each([
    ['a plain sentence', 'Moon won the election.', '“Moon won the election.”'],
    [
      'a sentence that opens with a straight quotation',
      '"I will go to Pyongyang," he said.',
      '“‘I will go to Pyongyang,’ he said.”',
    ],
    [
      'a sentence that ends with a curly quotation',
      'Moon said, “We should make it clear.”',
      '“Moon said, ‘We should make it clear.’”',
    ],
    [
      'straight marks around words inside',
      'South Korea can "push ahead" with it.',
      '“South Korea can ‘push ahead’ with it.”',
    ],
    [
      'an opening mark after a bracket or a dash',
      'He said—"no"—and left ("for now").',
      '“He said—‘no’—and left (‘for now’).”',
    ],
    [
      'single marks and apostrophes, left as they are',
      "A centrist 'outsider,' North Korea's rival.",
      "“A centrist 'outsider,' North Korea's rival.”",
    ],
    ['spaces around the sentence', '  Moon won.  ', '“Moon won.”'],
  ])('%s', (_case, text, expected) => {
    expect(quoted(text)).toBe(expected);
  });

  it('never doubles a mark at either end', () => {
    for (const text of ['"A," he said.', 'He said, "B."', '“C”', '"D"']) {
      expect(quoted(text)).not.toMatch(/^“["“”]|["“”]”$/);
    }
  });
});
