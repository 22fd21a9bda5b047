import { useId, type ReactNode } from 'react';
import type { Question } from '@/lib/quiz-engine/schema';
import type { AnswerRecord } from '@/lib/quiz-play/progress-schema';
import { feedbackPlan } from '@/lib/quiz-play/feedback';
import { byShape, hasShape } from '@/lib/quiz-play/question-shape';
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
  /** Under the answer: "I was right — count it" and its undo, where the player offers them. */
  children?: ReactNode;
}

/**
 * The right answer, said once: a line for one answer, a list of pairs, or the events in order, each with
 * where the learner had it (the question's own rows are gone once it is answered).
 */
function RightAnswer({ question, answer }: { question: Question; answer: AnswerRecord }) {
  const labelId = useId();
  const list = (label: string, items: ReactNode[], Tag: 'ol' | 'ul') => (
    <div className="mt-2">
      <p id={labelId} className="font-semibold">
        {label}:
      </p>
      <Tag
        aria-labelledby={labelId}
        className={`mt-1 grid gap-1 pl-6 ${Tag === 'ol' ? 'list-decimal' : 'list-disc'}`}
      >
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </Tag>
    </div>
  );
  const single = (text: string) => (
    <p className="mt-2">
      The answer: <strong>{text}</strong>
    </p>
  );
  return byShape(question, {
    choice: (choice) => single(choice.answer),
    typed: (typed) => single(typed.answer),
    order: (timeline) => {
      const given = answer.response.kind === 'order' ? answer.response.value : [];
      return list(
        'The right order',
        timeline.answer.map((item, index) => {
          const had = given.indexOf(item);
          return (
            <>
              {item}{' '}
              {had === index ? (
                <span className="inline-flex items-center gap-1 text-sm font-semibold text-ok">
                  <CheckIcon className="size-4" /> In place
                </span>
              ) : (
                <span className="inline-flex items-center gap-1 text-sm font-semibold text-bad">
                  <CrossIcon className="size-4" /> You had it at {had + 1}
                </span>
              )}
            </>
          );
        }),
        'ol',
      );
    },
    match: (matching) =>
      list(
        'The right pairs',
        matching.items.map((item, index) => `${item}: ${matching.answer[index]}`),
        'ul',
      ),
  });
}

/** What "More from the article" holds, in its own words. */
function moreLabel(explanation: boolean, sentences: number): string {
  const more = `${sentences} more ${sentences === 1 ? 'sentence' : 'sentences'} from the article`;
  if (explanation && sentences > 0) return `Why, and ${more}`;
  return explanation ? 'Why this is the answer' : more;
}

/**
 * Short by default: right or wrong in words and an icon (never colour alone), the right answer, and the
 * one sentence that proves it with its way to the article. The explanation shows at once only when it
 * says more than that sentence; it and the other cited sentences are one disclosure away.
 */
export function FeedbackPanel({
  articleHref,
  question,
  answer,
  paragraphOf,
  returnTo,
  headingLevel: Heading = 'h2',
  headingId,
  children,
}: Props) {
  const { correct, parts, selfOverride } = answer;
  const given =
    answer.response.kind === 'text' ? answer.response.value.trim() || '(nothing)' : null;
  const plan = feedbackPlan(question, answer.response);
  const hiddenExplanation = !plan.explanationAtOnce;
  const quote = (evidence: (typeof question.evidence)[number]) => (
    <EvidenceQuote
      key={`${evidence.sentenceId}-${evidence.start}`}
      articleHref={articleHref}
      evidence={evidence}
      paragraph={paragraphOf(evidence.passageId)}
      returnTo={returnTo}
    />
  );
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
        {selfOverride ? 'Counted by you' : correct ? 'Correct' : 'Not quite'}
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
          {selfOverride ? ' — marked wrong, and you counted it as right.' : null}
        </p>
      ) : null}
      {!correct || selfOverride || hasShape(question, 'order') ? (
        <RightAnswer question={question} answer={answer} />
      ) : null}
      {children}
      <div className="mt-3 rounded-md bg-bg p-3 text-fg">
        {plan.explanationAtOnce ? <p>{question.explanation}</p> : null}
        {quote(plan.proving)}
        {hiddenExplanation || plan.otherEvidence.length > 0 ? (
          <details className="group mt-3">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 font-semibold text-accent">
              <span aria-hidden="true" className="transition-transform group-open:rotate-90">
                ▸
              </span>
              <span className="underline underline-offset-4">
                {moreLabel(hiddenExplanation, plan.otherEvidence.length)}
              </span>
            </summary>
            {hiddenExplanation ? <p className="mt-2">{question.explanation}</p> : null}
            {plan.otherEvidence.map(quote)}
          </details>
        ) : null}
      </div>
    </section>
  );
}
