import { describe, expect, it } from 'vitest';
import type { QuestionInput } from './bank';
import { asBank } from './bank';
import { articleFigures } from './evaluate';
import {
  anyFails,
  formatDetail,
  formatSummary,
  formatTable,
  summarize,
  type EvalRow,
} from './report';
import { choice, GOOD_WHO, quizOf, trueFalse } from './test-quiz';

const rowOf = (article: string, questions: QuestionInput[], wordCount?: number): EvalRow => ({
  article,
  ms: 12.4,
  figures: articleFigures(asBank(quizOf(questions, wordCount))),
  error: null,
});

const GOOD = rowOf('good', [GOOD_WHO], 30);
// Too few questions for 1,000 words, always True over four statements, and four identical (ungrounded)
// statements the checker flags.
const SPARSE = rowOf(
  'news/Sparse',
  [GOOD_WHO, trueFalse('True'), trueFalse('True'), trueFalse('True'), trueFalse('True')],
  1000,
);
const BROKEN: EvalRow = { article: 'broken', ms: 3, figures: null, error: 'not English' };

describe('formatTable', () => {
  const lines = formatTable([GOOD, SPARSE, BROKEN]);

  it('prints a header and one row per article, columns aligned', () => {
    expect(lines).toHaveLength(4);
    const at = lines[0]?.indexOf('targets') ?? -1;
    // Every row's verdict starts under the header's last column.
    for (const line of lines.slice(1)) expect(line[at]).toMatch(/[✓✗]/);
  });

  it.each([
    [1, /✓$/],
    [2, /✗ gates \/100 types True$/],
    [3, /✗ not English$/],
  ])('row %s ends with its verdict', (index, verdict) => {
    expect(lines[index]).toMatch(verdict);
  });

  it('shows the top key with its count of choice questions', () => {
    expect(lines[1]).toContain('Ahn Cheol-soo 1/1');
  });
});

describe('summarize and formatSummary', () => {
  it('names each failing target and its articles, pooled targets included', () => {
    const summary = summarize([GOOD, SPARSE, BROKEN]);
    expect(summary.failing.map((f) => [f.target, f.articles, f.pooled])).toEqual([
      ['gates', ['news/Sparse'], false],
      ['per100', ['news/Sparse'], false],
      ['types', ['news/Sparse'], false],
      ['true-share', ['news/Sparse'], true],
    ]);
    expect(summary.errors).toEqual(['broken']);
    expect(anyFails(summary)).toBe(true);
    const text = formatSummary(summary).join('\n');
    expect(text).toContain('true/false 4/4 True 100% ✗');
    expect(text).toContain('✗ ≥ 3 questions per 100 words (whole bank) — 1 article: news/Sparse');
  });

  it('says "all" when every article fails a target, and "empty" for a quiz with no questions', () => {
    const empty = rowOf('empty', [], 500);
    const text = formatSummary(summarize([empty, { ...empty, article: 'empty too' }])).join('\n');
    expect(text).toContain('✗ ≥ 3 questions per 100 words (whole bank) — all 2 articles');
    expect(formatTable([empty])[1]).toMatch(/ empty +\d+ +✗ gates \/100$/);
  });

  it('says when every target is met', () => {
    const summary = summarize([GOOD]);
    expect(anyFails(summary)).toBe(false);
    expect(formatSummary(summary).at(-1)).toBe('targets: all met');
  });
});

describe('formatDetail', () => {
  it('lists type counts, key positions and the verdict per target', () => {
    const row = rowOf(
      'detail',
      [GOOD_WHO, choice('when', ['2003', '2015', '2017'], '2003', 'Roh Moo-hyun')],
      30,
    );
    const text = formatDetail(row).join('\n');
    expect(text).toContain('types: when 1, who 1');
    expect(text).toContain('3 options [1 1 0]');
    expect(text).toContain('✓ gates');
    expect(formatDetail(BROKEN)).toEqual(['== broken (3 ms)', 'error: not English']);
  });
});
