import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StartSessionForm } from '@/components/classroom/start-session-form';
import { formatDate } from '@/components/ui/format';
import { LIVE_QUESTION_TYPES, liveQuestions } from '@/lib/classroom/live-questions';
import { getArticle, getQuiz } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return { title: article ? `Teach: ${article.meta.title}` : 'Not found' };
}

export default async function TeachPage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const quiz = getQuiz(slug);
  const live = quiz ? liveQuestions(quiz).length : 0;
  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">Teach</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{article.meta.title}</h1>
      <p className="mt-2 text-lg text-muted">
        {article.meta.publisher} · as of {formatDate(article.meta.statedDate)}
        {quiz ? ` · ${quiz.questions.length} questions` : null}
      </p>
      {!quiz ? (
        <p className="mt-8 rounded-md border border-border bg-surface p-4 text-lg" role="note">
          This article has no quiz yet, so there is nothing to print, present or run live.
        </p>
      ) : (
        <div className="mt-8 grid gap-6">
          <section aria-labelledby="paper" className="rounded-lg border border-border p-5">
            <h2 id="paper" className="text-xl font-semibold">
              On paper and on the projector
            </h2>
            <ul className="mt-4 flex flex-wrap gap-3">
              <li>
                <Link
                  href={`/teach/${slug}/print`}
                  className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-accent-fg"
                >
                  Print packet
                </Link>
              </li>
              <li>
                <Link
                  href={`/teach/${slug}/present`}
                  className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-accent-fg"
                >
                  Present
                </Link>
              </li>
            </ul>
            <p className="mt-3 text-base text-muted">
              The packet holds the article with numbered paragraphs, every question, and a separate
              answer key that cites the sentence proving each answer.
            </p>
          </section>
          <section aria-labelledby="live" className="rounded-lg border border-border p-5">
            <h2 id="live" className="text-xl font-semibold">
              Live session with students’ phones
            </h2>
            <p className="mt-2 text-base text-muted">
              {live} of the {quiz.questions.length} questions are asked live: the ones with a fixed
              set of choices ({LIVE_QUESTION_TYPES.join(', ')}), so the class’s answers can be shown
              as a distribution. Fill-in, timeline and matching questions stay in the packet and the
              presentation. Students need no account: a code and a display name.
            </p>
            {live > 0 ? <StartSessionForm slug={slug} /> : null}
          </section>
        </div>
      )}
    </>
  );
}
