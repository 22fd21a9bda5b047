/**
 * npm run quiz:check -- <quiz.json | article.txt | article.md> …   check quizzes (an article is generated first)
 * npm run quiz:check:all                                            content/quizzes/*.json and ../shared/corpus/*.txt
 *
 * Prints figures per quiz; exits 1 when a quiz is not 100% grounded or breaks a hard gate.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ArticleSourceError } from '@/lib/article-source';
import { buildQuiz, QuizContractError, validQuiz } from '@/lib/quiz-build';
import { checkQuiz, failsGates, type QuizReport } from '@/lib/quiz-check/checks';
import { extractEntities } from '@/lib/quiz-check/entities';
import { formatReport } from '@/lib/quiz-check/format';
import { upgradeQuiz, type Quiz } from '@/lib/quiz-engine/schema';

const ROOT = process.cwd();
const CORPUS = path.resolve(ROOT, '../shared/corpus');

function loadQuiz(file: string): Quiz {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new QuizContractError(`not valid JSON (${(error as Error).message})`);
    }
    // A quiz file of an older schema version is read as the current one, as the app reads it.
    return validQuiz(upgradeQuiz(data));
  }
  return buildQuiz(text, file).quiz;
}

function checkFile(file: string): QuizReport | string {
  if (!existsSync(file)) return `${file}: no such file`;
  try {
    const quiz = loadQuiz(file);
    const paragraphs = quiz.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text);
    return checkQuiz(quiz, extractEntities(paragraphs));
  } catch (error) {
    if (error instanceof ArticleSourceError || error instanceof QuizContractError) {
      return `${path.relative(ROOT, file) || file}: ${error.message}`;
    }
    return `${file}: the quiz engine failed: ${(error as Error).message}`;
  }
}

function allFiles(): string[] {
  const quizzes = path.join(ROOT, 'content/quizzes');
  const files = existsSync(quizzes)
    ? readdirSync(quizzes)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => path.join(quizzes, name))
    : [];
  if (existsSync(CORPUS)) {
    files.push(
      ...readdirSync(CORPUS)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => path.join(CORPUS, name)),
    );
  } else {
    console.log(`note: ${CORPUS} is absent; checking content/quizzes only`);
  }
  return files;
}

function main(): number {
  const argv = process.argv.slice(2);
  const files = argv.includes('--all') ? allFiles() : argv;
  if (files.length === 0) {
    console.error('error: give quiz .json files or article .txt/.md files (or --all)');
    return 1;
  }
  let failed = 0;
  const summary: string[] = [];
  for (const file of files) {
    const label = path.relative(ROOT, file) || file;
    const result = checkFile(file);
    if (typeof result === 'string') {
      console.log(`== ${label}\nerror: ${result}\nresult: FAIL\n`);
      summary.push(`FAIL  ${label}: ${result}`);
      failed++;
      continue;
    }
    console.log(`${formatReport(result, label).join('\n')}\n`);
    const fails = failsGates(result);
    if (fails) failed++;
    const total = result.coverage.reduce((sum, c) => sum + c.total, 0);
    const covered = result.coverage.reduce((sum, c) => sum + c.covered, 0);
    summary.push(
      `${fails ? 'FAIL' : 'pass'}  ${label}: ${result.questionCount} questions, ` +
        `${result.grounded}/${result.questionCount} grounded, ${result.violations.length} gate violations, ` +
        `coverage ${covered}/${total}`,
    );
  }
  if (files.length > 1) console.log(summary.join('\n'));
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
