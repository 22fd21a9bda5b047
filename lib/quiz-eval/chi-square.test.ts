import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, uniformFit } from './chi-square';

describe('chiSquareSurvival', () => {
  // Critical values from standard χ² tables.
  it.each([
    [3.841, 1, 0.05],
    [6.635, 1, 0.01],
    [5.991, 2, 0.05],
    [7.815, 3, 0.05],
    [11.345, 3, 0.01],
    [2.366, 3, 0.5],
    [9.488, 4, 0.05],
    [0.584, 3, 0.9],
  ])('χ² %s with %s df → p %s', (x, df, p) => {
    expect(chiSquareSurvival(x, df)).toBeCloseTo(p, 3);
  });

  it('is 1 at 0', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });
});

describe('uniformFit', () => {
  it.each([
    ['perfectly uniform', [5, 5, 5, 5], 0, 3, 1],
    ['every key first', [12, 0, 0, 0], 36, 3, 7.4e-8],
    ['nothing observed', [0, 0, 0], 0, 2, 1],
    ['one cell', [4], 0, 0, 1],
  ])('%s: %j', (_, counts, chiSquare, df, p) => {
    const fit = uniformFit(counts);
    expect(fit.chiSquare).toBeCloseTo(chiSquare);
    expect(fit.df).toBe(df);
    expect(fit.p).toBeCloseTo(p, 6);
  });

  it('is significant only for a clear skew', () => {
    expect(uniformFit([4, 3, 3, 2]).p).toBeGreaterThan(0.5);
    expect(uniformFit([20, 2, 2, 0]).p).toBeLessThan(0.001);
  });
});
