/// <reference lib="webworker" />
import type { GenerateRequest } from '@/lib/my-articles/generate-protocol';
import { generateQuiz } from '@/lib/my-articles/generate';

/**
 * Parses an article and generates its quiz off the main thread, so the page stays responsive and the
 * NLP engine never loads with a page. One request per worker; the page terminates it afterwards.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
  scope.postMessage(generateQuiz(event.data));
};
