import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { formatDate } from '@/components/ui/format';
import { optionColumns } from '@/lib/classroom/print-layout';
import { optionLetter } from '@/lib/classroom/slides';
import { byShape } from '@/lib/quiz-play/question-shape';
import { quoted } from '@/lib/text/quoted';
import { PacketArticle } from './packet-article';

/** "¶3, sentence 2" for each piece of evidence: what a student can find on paper. */
function locate(quiz: Quiz, evidence: Question['evidence'][number]) {
  const passage = quiz.passages.find((candidate) => candidate.id === evidence.passageId);
  const sentence = passage ? passage.sentences.findIndex((s) => s.id === evidence.sentenceId) : -1;
  const where = passage?.number ? `¶${passage.number}` : 'Heading';
  return sentence >= 0 ? `${where}, sentence ${sentence + 1}` : where;
}

function QuestionBody({ question }: { question: Question }) {
  return byShape(question, {
    choice: (choice) => (
      <ul
        className={`packet-options mt-1.5 grid gap-x-4 gap-y-1 ${OPTION_GRID[optionColumns(choice.choices)]}`}
      >
        {choice.choices.map((option, index) => (
          <li key={option} className="flex gap-2">
            <span aria-hidden="true">○</span>
            <span>
              <strong>{optionLetter(index)}.</strong> {option}
            </span>
          </li>
        ))}
      </ul>
    ),
    typed: () => (
      <p className="mt-2">
        Answer: <span className="inline-block w-64 border-b border-current" aria-hidden="true" />
        <span className="sr-only">(write your answer)</span>
      </p>
    ),
    order: (timeline) => (
      <>
        <p className="packet-hint mt-1 text-sm text-muted">
          Number the events from 1 (earliest) to {timeline.items.length} (latest).
        </p>
        <ul className="mt-1.5 grid gap-1">
          {timeline.items.map((item) => (
            <li key={item} className="flex gap-3">
              <span
                className="inline-block w-10 shrink-0 border-b border-current"
                aria-hidden="true"
              />
              {item}
            </li>
          ))}
        </ul>
      </>
    ),
    match: (matching) => (
      <>
        <p className="packet-hint mt-1 text-sm text-muted">
          Write the letter of the matching position next to each name.
        </p>
        <div className="mt-1.5 grid gap-x-6 gap-y-2 sm:grid-cols-2 print:grid-cols-2">
          <ol className="grid list-decimal content-start gap-1 pl-6">
            {matching.items.map((item) => (
              <li key={item}>
                <span className="inline-block w-10 border-b border-current" aria-hidden="true" />{' '}
                {item}
              </li>
            ))}
          </ol>
          <ul className="grid content-start gap-1">
            {matching.choices.map((choice, index) => (
              <li key={choice}>
                <strong>{optionLetter(index)}.</strong> {choice}
              </li>
            ))}
          </ul>
        </div>
      </>
    ),
  });
}

// Options side by side on a screen wide enough and on paper; one a line on a phone's preview.
const OPTION_GRID = {
  1: '',
  2: 'sm:grid-cols-2 print:grid-cols-2',
  4: 'grid-cols-2 sm:grid-cols-4 print:grid-cols-4',
} as const;

/** The key as the packet prints it: the lettered option, the words with accepted variants, the order, the pairs. */
function keyAnswer(question: Question): string {
  return byShape(question, {
    choice: (choice) => `${optionLetter(choice.choices.indexOf(choice.answer))}. ${choice.answer}`,
    typed: (typed) =>
      typed.acceptedAnswers.length > 0
        ? `${typed.answer} (also accept: ${typed.acceptedAnswers.join('; ')})`
        : typed.answer,
    order: (timeline) =>
      timeline.answer.map((item, index) => `${index + 1}. ${item}`).join('  ·  '),
    match: (matching) =>
      matching.items
        .map((item, index) => {
          const choice = matching.answer[index] ?? '';
          return `${index + 1}. ${item} → ${optionLetter(matching.choices.indexOf(choice))}. ${choice}`;
        })
        .join('  ·  '),
  });
}

/**
 * What the packet's header says of the article: a library article's front matter, or what is known of
 * an article a teacher brought (which may have no publisher, date or attribution).
 */
export interface PacketSource {
  title: string;
  publisher?: string;
  sourceUrl?: string;
  statedDate?: string;
  statedDateLabel?: string;
  retrieved?: string;
  attribution?: string;
}

/**
 * The printable packet: the article (numbered paragraphs, source, "as of" date), the chosen questions
 * without answers, in the quiz's stored order with options as stored, then the answer key on a new page,
 * each answer with the paragraph and sentence that proves it.
 */
export function PrintPacket({
  quiz,
  questions,
  meta,
}: {
  quiz: Quiz;
  questions: readonly Question[];
  meta: PacketSource;
}) {
  return (
    <div className="packet">
      <header className="packet-header border-b border-border pb-4">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">Reading packet</p>
        <h1 className="mt-1 text-3xl font-bold">{meta.title}</h1>
        {meta.publisher || meta.sourceUrl ? (
          <p className="mt-2">
            Source: {meta.publisher ?? meta.sourceUrl}
            {meta.publisher && meta.sourceUrl ? ` — ${meta.sourceUrl}` : null}
          </p>
        ) : null}
        {meta.statedDate ? (
          <p>
            <strong>
              As of {formatDate(meta.statedDate)} (
              {(meta.statedDateLabel ?? 'Published').toLowerCase()})
            </strong>
            {meta.retrieved ? `; retrieved ${formatDate(meta.retrieved)}` : null}. Later events are
            not covered.
          </p>
        ) : null}
        <p className="mt-3">Name: ______________________ Class: __________ Date: __________</p>
      </header>

      <section aria-labelledby="packet-article" className="packet-article mt-6">
        <h2 id="packet-article" className="text-2xl font-semibold">
          The article
        </h2>
        <div className="packet-article-text mt-3 font-serif text-base leading-relaxed">
          <PacketArticle passages={quiz.passages} />
        </div>
        {meta.attribution ? <p className="mt-4 text-sm text-muted">{meta.attribution}</p> : null}
      </section>

      <section aria-labelledby="packet-questions" className="packet-questions mt-10">
        <h2 id="packet-questions" className="text-2xl font-semibold">
          Questions
        </h2>
        <p className="mt-1 text-muted">
          Answer from the article. For each answer, note the paragraph (¶) that proves it.
        </p>
        <ol className="packet-question-list mt-4 grid gap-5">
          {questions.map((question, index) => (
            <li key={question.id} className="packet-question">
              {/* The proof blank sits on the prompt's line: one line less per question. */}
              <p className="flex items-baseline justify-between gap-4">
                <span className="font-semibold">
                  {index + 1}. {question.prompt}
                </span>
                <span className="packet-proof shrink-0 text-sm whitespace-nowrap">
                  Proof: ¶ ____
                </span>
              </p>
              <QuestionBody question={question} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="packet-key" className="packet-key mt-10">
        <h2 id="packet-key" className="text-2xl font-semibold">
          Answer key
        </h2>
        <p className="mt-1 text-muted">{meta.title} — for the teacher.</p>
        <ol className="packet-key-list mt-4 grid gap-3">
          {questions.map((question, index) => (
            <li key={question.id} className="packet-key-item">
              <p>
                <strong>{index + 1}.</strong> {keyAnswer(question)}
              </p>
              <ul className="mt-0.5 grid gap-0.5 pl-5 text-sm">
                {question.evidence.map((evidence) => (
                  <li key={`${evidence.sentenceId}-${evidence.start}`}>
                    <span className="font-semibold">{locate(quiz, evidence)}:</span>{' '}
                    {quoted(evidence.quote)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
