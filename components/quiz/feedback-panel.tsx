import type { Question } from '@/lib/quiz-engine/schema';
import type { AnswerRecord } from '@/lib/quiz-play/progress-schema';
import type { QuestionShape } from '@/lib/quiz-engine/kinds';
import { hasShape, shapeOf } from '@/lib/quiz-play/question-shape';
import { correctAnswerText } from '@/lib/quiz-play/scoring';
import { EvidenceQuote } from './evidence-quote';
import { CheckIcon, CrossIcon } from './icons';

interface Props {
  articleHref: string;
  question: Question;
  answer: AnswerRecord;
  paragraphOf: (passageId: string) => number | null;
  returnTo: string;
  headingLevel?: 'h2' | 'h3';
  headingId?: string;
}

const ANSWER_LEAD: Record<QuestionShape, string> = {
  choice: 'The answer: ',
  typed: 'The answer: ',
  order: 'The right order: ',
  match: 'The right pairs: ',
};

/** Right or wrong in words and an icon (never colour alone), why, and the sentence that proves it. */
export function FeedbackPanel({
  articleHref,
  question,
  answer,
  paragraphOf,
  returnTo,
  headingLevel: Heading = 'h2',
  headingId,
}: Props) {
  const { correct, parts } = answer;
  const given =
    answer.response.kind === 'text' ? answer.response.value.trim() || '(nothing)' : null;
  return (
    <section
      aria-labelledby={headingId}
      className={`mt-6 rounded-lg border-2 p-4 ${correct ? 'border-ok bg-ok-soft' : 'border-bad bg-bad-soft'}`}
    >
      <Heading
        id={headingId}
        tabIndex={-1}
        className={`flex items-center gap-2 text-xl font-bold ${correct ? 'text-ok' : 'text-bad'}`}
      >
        {correct ? <CheckIcon className="size-6" /> : <CrossIcon className="size-6" />}
        {correct ? 'Correct' : 'Not quite'}
      </Heading>
      {parts ? (
        <p className="mt-2">
          {hasShape(question, 'order')
            ? `${parts.right} of ${parts.total} events in the right place.`
            : `${parts.right} of ${parts.total} pairs right.`}
        </p>
      ) : null}
      {given !== null ? (
        <p className="mt-2">
          You wrote: <strong>{given}</strong>
        </p>
      ) : null}
      {!correct ? (
        <p className="mt-2">
          {ANSWER_LEAD[shapeOf(question)]}
          <strong>{correctAnswerText(question)}</strong>
        </p>
      ) : null}
      <div className="mt-3 rounded-md bg-bg p-3 text-fg">
        <p>{question.explanation}</p>
        {question.evidence.map((evidence) => (
          <EvidenceQuote
            key={`${evidence.sentenceId}-${evidence.start}`}
            articleHref={articleHref}
            evidence={evidence}
            paragraph={paragraphOf(evidence.passageId)}
            returnTo={returnTo}
          />
        ))}
      </div>
    </section>
  );
}
