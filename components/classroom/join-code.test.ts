import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from '@/lib/classroom/secrets';
import { normalizeCodeInput } from './join-code';

describe('normalizeCodeInput', () => {
  it('agrees with the server on every input', () => {
    const inputs = [
      'ab2-cd3',
      ' XY Z234 ',
      'AB0CD3',
      'abc',
      ...Array.from({ length: 50 }, newJoinCode),
    ];
    for (const input of inputs) expect(normalizeCodeInput(input)).toBe(normalizeJoinCode(input));
    expect(JOIN_CODE_ALPHABET).toBe('23456789ABCDEFGHJKLMNPQRSTUVWXYZ');
  });
});
