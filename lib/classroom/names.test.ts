import { describe, expect, it } from 'vitest';
import { nameKey, suggestName } from './names';

describe('nameKey', () => {
  it.each([
    ['Alice', 'alice'],
    ['ALICE', 'alice'],
    ['Ａｌｉｃｅ', 'alice'],
    ['Alice   Lee', 'alice lee'],
    ['Alicé', 'alicé'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('suggestName', () => {
  it.each<[string, string[], string]>([
    ['Alice', ['alice'], 'Alice 2'],
    ['Alice', ['alice', 'alice 2'], 'Alice 3'],
    ['Alice 2', ['alice', 'alice 2'], 'Alice 3'],
    ['x'.repeat(40), ['x'.repeat(40)], `${'x'.repeat(38)} 2`],
    ['👩‍👩‍👧', ['👩‍👩‍👧'], '👩‍👩‍👧 2'],
  ])('%s with %j taken → %s', (name, taken, expected) => {
    expect(suggestName(name, new Set(taken))).toBe(expected);
  });
});
