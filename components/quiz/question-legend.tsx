import type { Question } from '@/lib/quiz-engine/schema';
import { questionLabel } from '@/lib/quiz-play/question-shape';

/** "______" reads as "underscore underscore…"; say "blank" to screen readers instead. */
export function PromptText({ prompt }: { prompt: string }) {
  const parts = prompt.split(/(_{3,})/);
  return (
    <>
      {parts.map((part, index) =>
        /^_{3,}$/.test(part) ? (
          <span key={index}>
            <span aria-hidden="true">______</span>
            <span className="sr-only">blank</span>
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The question's type and prompt; the prompt heading takes focus when a new question appears. */
export function QuestionHeading({ question }: { question: Question }) {
  return (
    <>
      <span className="block text-sm font-semibold tracking-wide text-accent uppercase">
        {questionLabel(question.type)}
      </span>
      <h2
        id="question-heading"
        tabIndex={-1}
        className="mt-1 text-xl leading-snug font-semibold sm:text-2xl"
      >
        <PromptText prompt={question.prompt} />
      </h2>
    </>
  );
}

export function QuestionLegend({ question }: { question: Question }) {
  return (
    <legend className="w-full">
      <QuestionHeading question={question} />
    </legend>
  );
}
