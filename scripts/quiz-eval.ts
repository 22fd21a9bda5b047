/**
 * npm run quiz:eval                         every ../shared/corpus article (*.txt, news/, squad-train/) and content/articles/*.md
 * npm run quiz:eval -- --article <file> …   only these articles (.txt or .md; repeat --article or list several)
 *   --default     figures over the default quiz (the top `defaultCount` by rank) instead of the whole bank
 *   --holdout     only the articles held out from tuning (HOLDOUT below); --tuning: only the others
 *   --verbose     per article: type counts, key-position histograms, uncited ¶, gate details, SQuAD hits and misses
 *   --json        the figures as JSON instead of the table
 *   --strict      exit 1 when a target of issue 8 fails (otherwise the exit code is 0 whatever the figures)
 *
 * Generates each quiz with the project's pipeline (buildQuiz, without a teacher's review: this measures
 * the engine) and prints figures from lib/quiz-eval. An article with `<name>.json` beside its `.txt`
 * (corpus/squad-train/) is also scored against SQuAD's human questions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { articleInputFromSource } from '@/lib/article-source';
import { buildQuiz, QuizContractError } from '@/lib/quiz-build';
import { generateCheckedQuiz } from '@/lib/quiz-check/gate';
import { asBank, scoped, type Scope } from '@/lib/quiz-eval/bank';
import { articleFigures } from '@/lib/quiz-eval/evaluate';
import {
  anyFails,
  formatDetail,
  formatSummary,
  formatTable,
  summarize,
  type EvalRow,
} from '@/lib/quiz-eval/report';
import { squadArticleSchema, type SquadArticle } from '@/lib/quiz-eval/squad';
import { articleVerdicts, failed } from '@/lib/quiz-eval/targets';

const ROOT = process.cwd();
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const CONTENT = path.join(ROOT, 'content/articles');

/** Articles no engine change may be tuned on: judge generalisation on these. Everything else is tuning. */
export const HOLDOUT = [
  'news/Tunisia_Museum_Attack',
  'news/Yahoo_Verizon_Shareholders',
  'news/Flag_Photo_Controversy',
  'squad-train/Montana',
  'squad-train/To_Kill_a_Mockingbird',
  'Toronto_Star',
] as const;

class UsageError extends Error {}

interface Args {
  articles: string[];
  scope: Scope;
  split: 'all' | 'holdout' | 'tuning';
  verbose: boolean;
  json: boolean;
  strict: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    articles: [],
    scope: 'bank',
    split: 'all',
    verbose: false,
    json: false,
    strict: false,
  };
  let listing = false;
  for (const arg of argv) {
    if (arg === '--article') listing = true;
    else if (arg === '--default') args.scope = 'default';
    else if (arg === '--holdout' || arg === '--tuning') {
      const split = arg === '--holdout' ? 'holdout' : 'tuning';
      if (args.split !== 'all' && args.split !== split) {
        throw new UsageError('give --holdout or --tuning, not both');
      }
      args.split = split;
    } else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--strict') args.strict = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (listing) args.articles.push(arg);
    else throw new UsageError(`give article files after --article (got ${arg})`);
  }
  if (listing && args.articles.length === 0) throw new UsageError('--article needs a file');
  return args;
}

function filesIn(dir: string, ext: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(ext))
        .sort()
        .map((name) => path.join(dir, name))
    : [];
}

/** The default set: the corpus (when present) and the app's own articles. */
function defaultFiles(log: (line: string) => void): string[] {
  const files: string[] = [];
  if (existsSync(CORPUS)) {
    for (const dir of ['', 'news', 'squad-train']) {
      files.push(...filesIn(path.join(CORPUS, dir), '.txt'));
    }
  } else {
    log(`note: ${CORPUS} is absent; evaluating content/articles only`);
  }
  return [...files, ...filesIn(CONTENT, '.md')];
}

/** "news/Tunisia_Museum_Attack" for a corpus file, "content/<slug>" for the app's, else the path. */
function articleName(file: string): string {
  const absolute = path.resolve(file);
  const withoutExt = (p: string) => p.replace(/\.(?:txt|md)$/i, '');
  const inCorpus = path.relative(CORPUS, absolute);
  if (!inCorpus.startsWith('..') && !path.isAbsolute(inCorpus)) return withoutExt(inCorpus);
  const inContent = path.relative(CONTENT, absolute);
  if (!inContent.startsWith('..') && !path.isAbsolute(inContent)) {
    return `content/${withoutExt(inContent)}`;
  }
  const inProject = path.relative(ROOT, absolute);
  return withoutExt(inProject && !inProject.startsWith('..') ? inProject : file);
}

/** SQuAD's questions for `<name>.txt` when `<name>.json` sits beside it. */
function squadFor(file: string, log: (line: string) => void): SquadArticle | undefined {
  const json = file.replace(/\.txt$/i, '.json');
  if (json === file || !existsSync(json)) return undefined;
  try {
    const parsed = squadArticleSchema.safeParse(JSON.parse(readFileSync(json, 'utf8')));
    if (parsed.success) return parsed.data;
    log(`note: ${json} is not a SQuAD file (${parsed.error.issues[0]?.message}); no SQuAD figure`);
  } catch (error) {
    log(`note: ${json} is not valid JSON (${(error as Error).message}); no SQuAD figure`);
  }
  return undefined;
}

function evaluate(file: string, scope: Scope, log: (line: string) => void): EvalRow {
  const article = articleName(file);
  if (!existsSync(file)) return { article, ms: 0, figures: null, error: 'no such file' };
  const source = readFileSync(file, 'utf8');
  const started = performance.now();
  let ms = 0;
  try {
    let contract: string | null = null;
    let quiz;
    try {
      quiz = buildQuiz(source, file).quiz;
      ms = performance.now() - started;
    } catch (error) {
      ms = performance.now() - started;
      if (!(error instanceof QuizContractError)) throw error;
      // Still measure what the engine wrote (generated again, untimed), and say it is not a valid quiz.
      contract = error.message;
      quiz = generateCheckedQuiz(articleInputFromSource(source, file)).quiz;
    }
    const bank = scoped(asBank(quiz), scope);
    const squad = squadFor(file, log);
    const figures = articleFigures(bank, { contract, scope, ...(squad ? { squad } : {}) });
    return { article, ms, figures, error: null };
  } catch (error) {
    // ArticleSourceError (unusable input) or an engine crash: one line, and the other articles go on.
    return {
      article,
      ms,
      figures: null,
      error: `${(error as Error).name}: ${(error as Error).message}`,
    };
  }
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  }
  // With --json, stdout is the JSON alone; notes go to stderr.
  const log = (line: string) => (args.json ? console.error(line) : console.log(line));
  const holdout = new Set<string>(HOLDOUT);
  const candidates = args.articles.length ? args.articles : defaultFiles(log);
  if (!args.articles.length && existsSync(CORPUS)) {
    // A renamed corpus file would silently move from the held-out set to the tuning set.
    const names = new Set(candidates.map(articleName));
    const lost = HOLDOUT.filter((name) => !names.has(name));
    if (lost.length) log(`note: held-out articles not in the corpus: ${lost.join(', ')}`);
  }
  const files = candidates.filter(
    (file) => args.split === 'all' || holdout.has(articleName(file)) === (args.split === 'holdout'),
  );
  if (files.length === 0) {
    log('no articles to evaluate');
    return args.strict ? 1 : 0;
  }

  const started = performance.now();
  const rows: EvalRow[] = [];
  for (const file of files) {
    const row = evaluate(file, args.scope, log);
    rows.push(row);
    if (args.verbose && !args.json) console.log(`${formatDetail(row).join('\n')}\n`);
  }
  const summary = summarize(rows);

  if (args.json) {
    const articles = rows.map((row) => ({
      ...row,
      verdicts: row.figures ? articleVerdicts(row.figures) : null,
      failed: row.figures ? failed(articleVerdicts(row.figures)) : null,
    }));
    console.log(
      JSON.stringify({ scope: args.scope, split: args.split, articles, ...summary }, null, 2),
    );
  } else {
    console.log(
      `quiz:eval — figures over the ${args.scope === 'bank' ? 'whole bank' : 'default quiz'}` +
        (args.split === 'all' ? '' : ` (${args.split} articles)`),
    );
    console.log(formatTable(rows).join('\n'));
    console.log(`\n${formatSummary(summary).join('\n')}`);
    const generating = rows.reduce((sum, row) => sum + row.ms, 0);
    const total = performance.now() - started;
    // Most of the rest is lib/quiz-check reading the article and checking every question.
    console.log(
      `time: ${(total / 1000).toFixed(1)} s, of which generating ${(generating / 1000).toFixed(1)} s`,
    );
  }
  return args.strict && anyFails(summary) ? 1 : 0;
}

process.exitCode = main();
