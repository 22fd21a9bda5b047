import { describe, expect, it } from 'vitest';
import { answerSchema, displayNameSchema, joinSchema } from './schemas';

describe('displayNameSchema', () => {
  it.each([
    ['  Ana  ', 'Ana'],
    ['Ana\u0000\u0007 Lee', 'Ana Lee'],
    ['Ana\u202Eeil', 'Anaeil'],
    ['Zoë   Ng', 'Zoë Ng'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    // Joiners are part of the spelling: a family emoji, Persian "mi-khaham", a Devanagari conjunct.
    ['Ana 👩\u200D👩\u200D👧', 'Ana 👩\u200D👩\u200D👧'],
    [
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
    ],
    ['\u0915\u094D\u200D\u0937', '\u0915\u094D\u200D\u0937'],
    ['Ana\u200B\u2060\uFEFFLee', 'AnaLee'],
  ])('cleans %j to %j', (input, expected) => {
    expect(displayNameSchema.parse(input)).toBe(expected);
  });

  it.each([['   '], ['\u0000\u200B'], ['\u200D'], ['x'.repeat(41)], ['x'.repeat(500)]])(
    'refuses %j',
    (input) => {
      expect(displayNameSchema.safeParse(input).success).toBe(false);
    },
  );
});

describe('request schemas', () => {
  it('refuse unknown keys and bad submission ids', () => {
    expect(joinSchema.safeParse({ code: 'ABC234', name: 'A', admin: true }).success).toBe(false);
    expect(
      answerSchema.safeParse({ questionId: 'q', choice: 'A', submissionId: 'short' }).success,
    ).toBe(false);
    expect(
      answerSchema.safeParse({ questionId: 'q', choice: 'A', submissionId: 'abcdefgh-1234' })
        .success,
    ).toBe(true);
  });
});
