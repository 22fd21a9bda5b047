import { ArticleSourceError, articleInputFromSource } from '@/lib/article-source';
import { generateCheckedQuiz } from '@/lib/quiz-check/gate';
import type { ArticleInput, GenerateOptions } from '@/lib/quiz-engine';
import type { Quiz } from '@/lib/quiz-engine/schema';
import { QUIZ_SCHEMA_VERSION, quizSchema } from '@/lib/quiz-engine/schema';
import type { GenerateRequest, GenerateResponse } from './generate-protocol';

function refusal(problem: string, message: string): GenerateResponse {
  return { ok: false, problem, message };
}

/**
 * What the generate worker answers a request with: the parsed article's quiz, checked against the quiz
 * schema of this version before it leaves the worker, or a one-line refusal. `engine` is the quiz
 * engine behind the checker's gate (a fake in tests).
 */
export function generateQuiz(
  request: GenerateRequest,
  engine: (input: ArticleInput, options: GenerateOptions) => Quiz = (input, options) =>
    generateCheckedQuiz(input, options).quiz,
  now: () => number = () => performance.now(),
): GenerateResponse {
  const startedAt = now();
  try {
    const input = articleInputFromSource(request.text, request.fileName, { title: request.title });
    input.slug = request.id;
    if (request.publisher) input.publisher = request.publisher;
    if (request.date) input.date = request.date;
    const checked = quizSchema.safeParse(engine(input, { seed: 1 }));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return refusal(
        'invalid-quiz',
        `the generated quiz does not match quiz schema ${QUIZ_SCHEMA_VERSION} (${issue?.path.join('.') || 'quiz'}: ${issue?.message ?? 'invalid'})`,
      );
    }
    if (checked.data.questions.length === 0) {
      return refusal(
        'no-questions',
        'no fair questions could be made from this text: try a longer article with names, dates and facts',
      );
    }
    return { ok: true, quiz: checked.data, ms: Math.round(now() - startedAt) };
  } catch (error) {
    if (error instanceof ArticleSourceError) {
      // The parser words its reasons for files; pasted text is not a file.
      const message =
        request.source === 'text' ? error.message.replace(/^the file/, 'the text') : error.message;
      return refusal(error.problem, message);
    }
    return refusal('engine', `the quiz could not be generated (${(error as Error).message})`);
  }
}
