import { pooledFigures, type ArticleFigures, type PooledFigures } from './evaluate';
import {
  articleVerdicts,
  failed,
  pooledVerdicts,
  TARGETS,
  type TargetId,
  type Verdicts,
} from './targets';

/** One evaluated article: its figures, or why there are none (unreadable input, engine crash). */
export interface EvalRow {
  /** Corpus-relative name without extension ("news/Tunisia_Museum_Attack"), or a path. */
  article: string;
  /** Wall time of generating the quiz (the project's buildQuiz), in ms. */
  ms: number;
  figures: ArticleFigures | null;
  error: string | null;
}

/** Short names of the targets in the table's last column. */
const SHORT: Record<TargetId, string> = {
  contract: 'schema',
  gates: 'gates',
  per100: '/100',
  types: 'types',
  'true-share': 'True',
  'key-share': 'key',
  squad: 'SQuAD',
};

const pct = (share: number | null | undefined) =>
  share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

const COLUMNS = [
  'article',
  'words',
  'qs',
  '/100',
  'types',
  'top type',
  'TF',
  'True',
  'top key',
  'pos p',
  '¶ cov',
  'SQuAD',
  'gates',
  'ms',
  'targets',
] as const;

// Columns whose figures are text read left to right; the rest are numbers, right-aligned.
const LEFT = new Set<string>(['article', 'top type', 'top key', 'targets']);

function cells(row: EvalRow): string[] {
  const f = row.figures;
  if (!f) {
    const blank = new Array<string>(COLUMNS.length - 3).fill('');
    return [row.article, ...blank, String(Math.round(row.ms)), `✗ ${row.error ?? ''}`];
  }
  const misses = failed(articleVerdicts(f));
  const top = f.types.top;
  const key = f.keys.top;
  // The checker fails an empty quiz (and anything ungrounded) even with no violation to count.
  const gates =
    f.gates.violations > 0
      ? String(f.gates.violations)
      : f.size.questions === 0
        ? 'empty'
        : f.gates.fails
          ? 'fail'
          : '0';
  return [
    row.article,
    String(f.size.words),
    String(f.size.questions),
    f.size.per100Words.toFixed(1),
    String(f.types.distinct),
    top ? `${top.type} ${pct(top.share)}` : '–',
    String(f.trueFalse.count),
    pct(f.trueFalse.trueShare),
    key ? `${clip(key.key, 18)} ${key.count}/${f.keys.questions}` : '–',
    f.positions.pooled.df > 0 ? f.positions.pooled.p.toFixed(2) : '–',
    pct(f.paragraphs.share),
    f.squad ? `${f.squad.covered}/${f.squad.questions} ${pct(f.squad.share)}` : '',
    gates,
    String(Math.round(row.ms)),
    misses.length ? `✗ ${misses.map((id) => SHORT[id]).join(' ')}` : '✓',
  ];
}

/** The rows as an aligned table, a header line first. */
export function formatTable(rows: readonly EvalRow[]): string[] {
  const table = [[...COLUMNS], ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((line) => (line[i] ?? '').length)));
  return table.map((line) =>
    line
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return LEFT.has(COLUMNS[i] ?? '') ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd(),
  );
}

export interface Summary {
  pooled: PooledFigures;
  /** Per-article targets each failed article breaks, and the pooled targets. */
  failing: { target: TargetId; label: string; articles: string[]; pooled: boolean }[];
  /** Articles without figures (their error is in the row). */
  errors: string[];
}

export function summarize(rows: readonly EvalRow[]): Summary {
  const evaluated = rows.flatMap((row) => (row.figures ? [{ row, figures: row.figures }] : []));
  const pooled = pooledFigures(evaluated.map(({ figures }) => figures));
  const perArticle = evaluated.map(({ row, figures }) => ({
    article: row.article,
    verdicts: articleVerdicts(figures),
  }));
  const pooledResult: Partial<Verdicts> = pooledVerdicts(pooled);
  const failing = (Object.keys(TARGETS) as TargetId[]).flatMap((target) => {
    const articles = perArticle.filter((a) => a.verdicts[target] === 'fail').map((a) => a.article);
    const pooledFails = pooledResult[target] === 'fail';
    return articles.length || pooledFails
      ? [{ target, label: TARGETS[target].label, articles, pooled: pooledFails }]
      : [];
  });
  return { pooled, failing, errors: rows.filter((row) => !row.figures).map((row) => row.article) };
}

/** The pooled line and one line per failing target (or that every target is met). */
export function formatSummary(summary: Summary): string[] {
  const { pooled } = summary;
  const tf = pooled.trueFalse;
  const squad = pooled.squad;
  const verdicts = pooledVerdicts(pooled);
  const mark = (verdict: string) => (verdict === 'fail' ? ' ✗' : verdict === 'pass' ? ' ✓' : '');
  const lines = [
    `pooled: ${pooled.articles} article${pooled.articles === 1 ? '' : 's'}, ${pooled.questions} questions, mean ${pooled.meanPer100Words.toFixed(2)} per 100 words; ` +
      `true/false ${tf.trueCount}/${tf.count} True ${pct(tf.trueShare)}${mark(verdicts['true-share'])}; ` +
      `SQuAD ${squad ? `${squad.covered}/${squad.questions} ${pct(squad.share)}${mark(verdicts.squad)}` : '–'}; ` +
      `${pooled.gateViolations} gate violations`,
  ];
  if (summary.errors.length) lines.push(`no figures (see the row): ${summary.errors.join(', ')}`);
  if (!summary.failing.length) {
    lines.push('targets: all met');
    return lines;
  }
  lines.push('targets failing:');
  for (const { label, articles, pooled: pooledFails } of summary.failing) {
    const where = [
      ...(pooledFails ? ['pooled'] : []),
      ...(articles.length > 1 && articles.length === summary.pooled.articles
        ? [`all ${articles.length} articles`]
        : articles.length
          ? [`${articles.length} article${articles.length > 1 ? 's' : ''}: ${articles.join(', ')}`]
          : []),
    ].join('; ');
    lines.push(`  ✗ ${label} — ${where}`);
  }
  return lines;
}

/** Whether any per-article or pooled target fails (what --strict exits 1 on); rows without figures fail. */
export function anyFails(summary: Summary): boolean {
  return summary.failing.length > 0 || summary.errors.length > 0;
}

/** Everything behind one row, for --verbose: type counts, histograms, uncited ¶, gate details, SQuAD hits and misses. */
export function formatDetail(row: EvalRow): string[] {
  const f = row.figures;
  const head = `== ${row.article} (${Math.round(row.ms)} ms)`;
  if (!f) return [head, `error: ${row.error ?? 'unknown'}`];
  const lines = [
    `== ${row.article} (${f.size.words} words, ${f.size.questions} questions, ${Math.round(row.ms)} ms)`,
  ];
  if (f.contract) lines.push(`schema: ${f.contract}`);
  lines.push(
    `types: ${
      Object.entries(f.types.counts)
        .map(([type, n]) => `${type} ${n}`)
        .join(', ') || 'none'
    }`,
    `true/false: ${f.trueFalse.count}, True ${f.trueFalse.trueCount} (${pct(f.trueFalse.trueShare)})`,
    `keys: ${f.keys.questions} choice questions; ` +
      (f.keys.top
        ? `top "${clip(f.keys.top.key, 80)}" ${f.keys.top.count} (${pct(f.keys.top.share)})`
        : 'no key'),
    `key positions (stored order): ${
      f.positions.groups
        .map(
          (g) =>
            `${g.options} options [${g.counts.join(' ')}] max dev ${Math.round(g.maxDeviation * 100)} pts, ` +
            `χ² ${g.fit.chiSquare.toFixed(1)}/${g.fit.df} p ${g.fit.p.toFixed(2)}`,
        )
        .join('; ') || 'none'
    }`,
    `distractors: ${f.distractors.questions} questions with 3+ options, ${pct(f.distractors.distinctSetShare)} distinct sets` +
      (f.distractors.top
        ? `; most reused "${f.distractors.top.distractor}" in ${f.distractors.top.count} (${pct(f.distractors.top.share)})`
        : ''),
    `paragraphs: ${f.paragraphs.cited}/${f.paragraphs.paragraphs} cited (${pct(f.paragraphs.share)})` +
      (f.paragraphs.uncited.length ? `; uncited ¶ ${f.paragraphs.uncited.join(', ')}` : ''),
    `gates: ${f.gates.fails ? 'FAIL' : 'pass'}, ${f.gates.violations} violations` +
      (f.gates.violations
        ? ` (${Object.entries(f.gates.byKind)
            .map(([kind, n]) => `${kind} ${n}`)
            .join(', ')})`
        : '') +
      `, ${f.gates.warnings} warnings`,
    ...f.gates.details.map((detail) => `  ${detail}`),
  );
  if (f.squad) {
    const s = f.squad;
    lines.push(
      `SQuAD: ${s.covered}/${s.questions} (${pct(s.share)}); ${s.paragraphsFound}/${s.paragraphs} of its paragraphs are passages of the quiz`,
      ...s.hits.map(
        (hit) =>
          `  hit  ${hit.question} [${hit.answers.join(' | ')}] ← ${hit.by.type} ${hit.by.id} "${hit.by.key}": ${hit.by.prompt}`,
      ),
      ...s.misses.map(
        (miss) =>
          `  miss ${miss.question} [${miss.answers.join(' | ')}]` +
          (miss.keysInParagraph.length
            ? ` (keys there: ${miss.keysInParagraph.join(', ')})`
            : ' (no key there)'),
      ),
    );
  }
  const verdicts = articleVerdicts(f);
  lines.push(
    `targets: ${(Object.keys(TARGETS) as TargetId[])
      .map(
        (id) =>
          `${verdicts[id] === 'pass' ? '✓' : verdicts[id] === 'fail' ? '✗' : '–'} ${SHORT[id]}`,
      )
      .join('  ')}`,
  );
  return lines;
}
