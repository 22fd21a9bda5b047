/// <reference lib="webworker" />
import { ArticleSourceError, articleInputFromSource } from '@/lib/article-source';
import type { GenerateRequest, GenerateResponse } from '@/lib/my-articles/generate-protocol';
import { generateCheckedQuiz } from '@/lib/quiz-check/gate';

/**
 * Parses an article and generates its quiz off the main thread, so the page stays responsive and the
 * NLP engine never loads with a page. One request per worker; the page terminates it afterwards.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function refusal(problem: string, message: string): GenerateResponse {
  return { ok: false, problem, message };
}

function generate(request: GenerateRequest): GenerateResponse {
  const startedAt = performance.now();
  try {
    const input = articleInputFromSource(request.text, request.fileName, { title: request.title });
    input.slug = request.id;
    if (request.publisher) input.publisher = request.publisher;
    if (request.date) input.date = request.date;
    const { quiz } = generateCheckedQuiz(input, { seed: 1 });
    if (quiz.questions.length === 0) {
      return refusal(
        'no-questions',
        'no fair questions could be made from this text: try a longer article with names, dates and facts',
      );
    }
    return { ok: true, quiz, ms: Math.round(performance.now() - startedAt) };
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

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
  scope.postMessage(generate(event.data));
};
