/** Goodness of fit of observed counts against a uniform spread over the same cells. */
export interface UniformFit {
  /** Σ (observed − expected)² / expected, expected = total ÷ cells; 0 when there is nothing to test. */
  chiSquare: number;
  /** Degrees of freedom: cells − 1. */
  df: number;
  /**
   * Probability of a χ² at least this large if positions were uniform (1 when df or total is 0). Below
   * 0.05, a uniform spread is unlikely; with fewer than 5 expected per cell the approximation is rough.
   */
  p: number;
}

export function uniformFit(counts: readonly number[]): UniformFit {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const df = Math.max(counts.length - 1, 0);
  if (total === 0 || df === 0) return { chiSquare: 0, df, p: 1 };
  const expected = total / counts.length;
  const chiSquare = counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
  return { chiSquare, df, p: chiSquareSurvival(chiSquare, df) };
}

/** P(X ≥ x) for X ~ χ²(df): the regularized upper incomplete gamma Q(df/2, x/2). */
export function chiSquareSurvival(x: number, df: number): number {
  if (x <= 0) return 1;
  return upperGamma(df / 2, x / 2);
}

// Lanczos approximation (g = 7, n = 9): ln Γ(a) to about 15 digits for a > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function lnGamma(a: number): number {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - lnGamma(1 - a);
  const z = a - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-14;
const MAX_STEPS = 500;

/** Q(a, x) by the series for P when x < a + 1, by Lentz's continued fraction otherwise. */
function upperGamma(a: number, x: number): number {
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_STEPS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return Math.min(1, Math.max(0, 1 - front * sum));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_STEPS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return Math.min(1, Math.max(0, front * h));
}
