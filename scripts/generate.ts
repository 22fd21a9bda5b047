/**
 * npm run generate -- <article.txt|.md> [--out quiz.json] [--seed N]   one article → quiz JSON (stdout or --out)
 * npm run generate                                                       every content/articles/*.md → content/quizzes/
 * npm run generate -- --check                                            exit 1 naming each stale generated file
 *
 * Refuses bad input with exit code 1 and one line on stderr saying why.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ArticleSourceError } from '@/lib/article-source';
import { buildQuiz, QuizContractError, quizJsonSchema, stableJson } from '@/lib/quiz-build';
import { parseQuizReview, type QuizReview } from '@/lib/quiz-review';

const ROOT = process.cwd();
const ARTICLES = path.join(ROOT, 'content/articles');
const QUIZZES = path.join(ROOT, 'content/quizzes');
const REVIEWS = path.join(ROOT, 'content/reviews');
const SCHEMA_FILE = path.join(ROOT, 'content/schema/quiz.schema.json');

class UsageError extends Error {}

interface Args {
  file?: string;
  out?: string;
  seed?: number;
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--out') args.out = value();
    else if (arg === '--seed') {
      const seed = Number(value());
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');
      args.seed = seed;
    } else if (arg === '--check') args.check = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file) throw new UsageError('give one article file at a time');
    else args.file = arg;
  }
  if (args.check && (args.file || args.out)) {
    throw new UsageError('--check regenerates content/ and takes no file or --out');
  }
  return args;
}

// Paths inside the project print relative to it; others as given.
function relative(file: string): string {
  const rel = path.relative(ROOT, path.resolve(file));
  return rel && !rel.startsWith('..') ? rel : file;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

function reviewFor(slug: string): QuizReview | undefined {
  const file = path.join(REVIEWS, `${slug}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return parseQuizReview(JSON.parse(readText(file)));
  } catch (error) {
    throw new UsageError(`${relative(file)}: ${(error as Error).message}`);
  }
}

/** Every generated file under content/, as it should be now: path → bytes. */
function expectedContent(): Map<string, string> {
  const expected = new Map<string, string>();
  const articles = existsSync(ARTICLES)
    ? readdirSync(ARTICLES)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];
  for (const name of articles) {
    const file = path.join(ARTICLES, name);
    const slug = path.basename(name, '.md');
    const built = withFile(file, () =>
      buildQuiz(readText(file), file, { review: reviewFor(slug) ?? { questions: {} } }),
    );
    for (const warning of built.warnings) console.error(`warning: ${warning}`);
    const target = path.join(QUIZZES, `${built.quiz.article.slug}.json`);
    expected.set(target, stableJson(built.quiz));
    console.error(
      `${relative(target)}: ${built.quiz.questions.length} questions` +
        (built.excluded.length || built.edited.length
          ? ` (review: ${built.excluded.length} excluded, ${built.edited.length} edited)`
          : ''),
    );
  }
  expected.set(SCHEMA_FILE, stableJson(quizJsonSchema()));
  return expected;
}

function withFile<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ArticleSourceError || error instanceof QuizContractError) {
      throw new UsageError(`${relative(file)}: ${error.message}`);
    }
    throw error;
  }
}

function regenerateAll(): void {
  for (const [file, bytes] of expectedContent()) {
    mkdirSync(path.dirname(file), { recursive: true });
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current !== bytes) writeFileSync(file, bytes);
  }
}

function checkAll(): number {
  const expected = expectedContent();
  const stale = [...expected]
    .filter(([file, bytes]) => !existsSync(file) || readFileSync(file, 'utf8') !== bytes)
    .map(([file]) => `${relative(file)} is stale or missing: run npm run generate`);
  const orphans = existsSync(QUIZZES)
    ? readdirSync(QUIZZES)
        .filter((name) => name.endsWith('.json') && !expected.has(path.join(QUIZZES, name)))
        .map((name) => `content/quizzes/${name} has no article in content/articles: delete it`)
    : [];
  for (const line of [...stale, ...orphans]) console.error(line);
  if (stale.length || orphans.length) return 1;
  console.error('generated content is up to date');
  return 0;
}

function generateOne(args: Args & { file: string }): void {
  const built = withFile(args.file, () =>
    buildQuiz(readText(args.file), args.file, { seed: args.seed }),
  );
  const json = stableJson(built.quiz);
  if (args.out) {
    try {
      mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
      writeFileSync(args.out, json);
    } catch (error) {
      throw new UsageError(`cannot write ${args.out}: ${(error as Error).message}`);
    }
    console.error(`${args.out}: ${built.quiz.questions.length} questions`);
  } else {
    process.stdout.write(json);
  }
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args.check) return checkAll();
  if (args.file) {
    generateOne({ ...args, file: args.file });
    return 0;
  }
  if (args.out || args.seed !== undefined) {
    throw new UsageError('--out and --seed apply to one article file; give its path');
  }
  regenerateAll();
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}`);
  } else {
    // An engine bug: still one line, but say it is ours, not the article's.
    console.error(`error: the quiz engine failed: ${(error as Error).message ?? String(error)}`);
  }
  process.exitCode = 1;
}
