import type { ArticleFigures, PooledFigures } from './evaluate';

/**
 * The targets of issue 8 ("Done when"), one entry each: what it asks, and the figures that meet it.
 * A target that does not apply to an article (too short, no SQuAD questions …) is 'n/a', not a pass.
 */
export const TARGETS = {
  contract: { label: 'the engine’s output is a valid quiz (schema)' },
  gates: { label: 'the bank passes quiz:check (zero gate violations)' },
  // The bank's size: the default quiz is meant to be shorter (about 15 for 1,000 words).
  per100: { label: '≥ 3 questions per 100 words (whole bank)', min: 3 },
  types: { label: '≥ 5 types on articles of 700+ words', min: 5, minWords: 700 },
  'true-share': {
    label: 'true/false keyed True 35–65% (pooled; per article with 4+ true/false)',
    min: 0.35,
    max: 0.65,
    minQuestions: 4,
  },
  'key-share': { label: 'no key answers over 20% of the choice questions', max: 0.2 },
  squad: { label: 'SQuAD human-question coverage ≥ 30%', min: 0.3 },
} as const;

export type TargetId = keyof typeof TARGETS;
export type Verdict = 'pass' | 'fail' | 'n/a';
export type Verdicts = Record<TargetId, Verdict>;

const verdict = (applies: boolean, passes: boolean): Verdict =>
  !applies ? 'n/a' : passes ? 'pass' : 'fail';

const inTrueRange = (share: number) =>
  share >= TARGETS['true-share'].min && share <= TARGETS['true-share'].max;

export function articleVerdicts(figures: ArticleFigures): Verdicts {
  const { size, types, trueFalse, keys, squad } = figures;
  const top = keys.top;
  return {
    contract: verdict(true, figures.contract === null),
    gates: verdict(true, !figures.gates.fails),
    per100: verdict(figures.scope === 'bank', size.per100Words >= TARGETS.per100.min),
    types: verdict(size.words >= TARGETS.types.minWords, types.distinct >= TARGETS.types.min),
    'true-share': verdict(
      trueFalse.count >= TARGETS['true-share'].minQuestions,
      trueFalse.trueShare !== null && inTrueRange(trueFalse.trueShare),
    ),
    // A key asked once is no pattern: with four choice questions or fewer, any key is over 20%.
    'key-share': verdict(
      top !== null,
      top === null || top.count < 2 || top.share <= TARGETS['key-share'].max,
    ),
    squad: verdict(squad !== null, squad !== null && squad.share >= TARGETS.squad.min),
  };
}

/** The targets judged over all articles together: the pooled True share and SQuAD coverage. */
export function pooledVerdicts(pooled: PooledFigures): Pick<Verdicts, 'true-share' | 'squad'> {
  const share = pooled.trueFalse.trueShare;
  return {
    'true-share': verdict(share !== null, share !== null && inTrueRange(share)),
    squad: verdict(pooled.squad !== null, (pooled.squad?.share ?? 0) >= TARGETS.squad.min),
  };
}

/** The targets an article fails, in TARGETS order. */
export function failed(verdicts: Partial<Verdicts>): TargetId[] {
  return (Object.keys(TARGETS) as TargetId[]).filter((id) => verdicts[id] === 'fail');
}
