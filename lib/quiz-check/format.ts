import type { QuizReport } from './checks';
import { failsGates } from './checks';

/** A long article can have hundreds of names; the first ones make the point. */
const UNCOVERED_SHOWN = 30;

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${Math.round((part / whole) * 1000) / 10}%`;
}

/** The report as plain lines for a terminal: figures first, then each finding on its own line. */
export function formatReport(report: QuizReport, label = report.slug): string[] {
  const lines = [`== ${label}`];
  const mix = Object.entries(report.typeMix)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  lines.push(`questions: ${report.questionCount} (${mix || 'none'})`);
  lines.push(
    `grounded: ${report.grounded}/${report.questionCount} (${percent(report.grounded, report.questionCount)})`,
  );
  lines.push(
    `options of the key's type: ${report.agreeingOptionSets}/${report.typedOptionSets} typed option sets (${percent(report.agreeingOptionSets, report.typedOptionSets)})`,
  );
  const count = (kind: string) =>
    [...report.violations, ...report.warnings].filter((finding) => finding.kind === kind).length;
  lines.push(
    `leaks ${count('leak')} · answer not in choices ${count('answer-not-in-choices')} · alias among options ${count('alias-among-options')} · heading evidence ${count('heading-evidence')} · too few choices ${count('too-few-choices')} · duplicate ids ${count('duplicate-id')} · duplicate questions ${count('duplicate-question')} · missing blanks ${count('missing-blank')} · copied slips ${count('copied-slip')}`,
  );
  lines.push(
    `pronoun stems ${count('pronoun-stem')} · type mismatches ${count('type-mismatch')} · similar questions ${count('similar-question')}`,
  );
  const total = report.coverage.reduce((sum, c) => sum + c.total, 0);
  const covered = report.coverage.reduce((sum, c) => sum + c.covered, 0);
  lines.push(
    `coverage: ${covered}/${total} (${percent(covered, total)}) — ${report.coverage
      .map((c) => `${c.kind} ${c.covered}/${c.total}`)
      .join(', ')}`,
  );
  for (const c of report.coverage) {
    if (c.uncovered.length === 0) continue;
    const shown = c.uncovered.slice(0, UNCOVERED_SHOWN).join('; ');
    const more = c.uncovered.length - UNCOVERED_SHOWN;
    lines.push(`  uncovered ${c.kind}: ${shown}${more > 0 ? ` … and ${more} more` : ''}`);
  }
  for (const finding of report.violations)
    lines.push(`  FAIL ${finding.kind} ${finding.questionId}: ${finding.detail}`);
  for (const finding of report.warnings)
    lines.push(`  warn ${finding.kind} ${finding.questionId}: ${finding.detail}`);
  lines.push(failsGates(report) ? 'result: FAIL' : 'result: pass');
  return lines;
}
