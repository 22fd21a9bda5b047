import { describe, expect, it } from 'vitest';
import { answerSchema, displayNameSchema, joinSchema } from './schemas';

describe('displayNameSchema', () => {
  it.each([
    ['  Ana  ', 'Ana'],
    ['Ana\u0000\u0007 Lee', 'Ana Lee'],
    ['Ana\u202Eeil', 'Anaeil'],
    ['Zoë   Ng', 'Zoë Ng'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('cleans %j to %j', (input, expected) => {
    expect(displayNameSchema.parse(input)).toBe(expected);
  });

  it.each([['   '], ['\u0000\u200B'], ['x'.repeat(41)], ['x'.repeat(500)]])(
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
