/** Writes a blind sample of questions (no article names) for a human-style judge: JSON lines. */
import { readFileSync, writeFileSync } from 'node:fs';
import { articleInputFromSource } from '@/lib/article-source';
import { generateCheckedQuiz } from '@/lib/quiz-check/gate';
import { createRandom, shuffled } from '@/lib/quiz-engine/random';
const [out, n, seed, ...files] = process.argv.slice(2);
const items: unknown[] = [];
const perArticle = Math.ceil(Number(process.env.PER_ARTICLE ?? Number(n) / files.length));
for (const file of files) {
  const mine: unknown[] = [];
  const { quiz } = generateCheckedQuiz(articleInputFromSource(readFileSync(file, 'utf8'), file));
  const paragraphs = new Map(quiz.passages.map((p) => [p.id, p]));
  for (const q of quiz.questions) {
    // Every paragraph the evidence quotes: a judge shown only the first cannot check a quotation
    // whose speaker is named in the next one.
    const ids = [...new Set(q.evidence.map((e) => e.passageId))];
    const paragraph = ids.map((id) => paragraphs.get(id)!.text).join('\n\n');
    mine.push({ question: q, paragraph, source: file });
  }
  items.push(...shuffled(mine, createRandom(Number(seed) + items.length)).slice(0, perArticle));
}
const picked = shuffled(items, createRandom(Number(seed))).slice(0, Number(n));
writeFileSync(
  out!,
  picked
    .map((x, i) => JSON.stringify({ n: i + 1, ...(x as object), source: undefined }))
    .join('\n') + '\n',
);
writeFileSync(
  `${out}.key`,
  picked.map((x, i) => `${i + 1} ${(x as { source: string }).source}`).join('\n') + '\n',
);
console.log('wrote', picked.length);
