import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import {
  LiveCountNote,
  QuestionCountLink,
  QuestionCountPicker,
  QuestionCountProvider,
} from '@/components/classroom/question-count-choice';
import { StartSessionForm } from '@/components/classroom/start-session-form';
import { formatDate } from '@/components/ui/format';
import { liveQuestions, printOnlyKinds } from '@/lib/classroom/live-questions';
import { parseQuestionCount } from '@/lib/classroom/question-count';
import { ArticleHub } from '@/components/workspace/article-hub';
import { NotInWorkspace } from '@/components/workspace/not-in-workspace';
import { getArticle, getQuiz } from '@/lib/content';
import { isWorkspaceArticleId } from '@/lib/workspace/ids';
import { ownedArticlePage } from '@/lib/workspace/page-data';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ count?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (isWorkspaceArticleId(slug)) return { title: 'Teach', referrer: 'no-referrer' };
  const article = getArticle(slug);
  return { title: article ? `Teach: ${article.meta.title}` : 'Not found' };
}

const action =
  'inline-flex min-h-11 items-center rounded-md bg-accent px-5 font-semibold text-accent-fg';

export default async function TeachPage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (isWorkspaceArticleId(slug)) {
    const page = await ownedArticlePage(slug);
    return page.kind === 'ok' ? (
      <ArticleHub initial={page.view} />
    ) : (
      <NotInWorkspace reason={page.reason} />
    );
  }
  const article = getArticle(slug);
  if (!article) notFound();
  const quiz = getQuiz(slug);
  const count = parseQuestionCount((await searchParams).count);
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
        <QuestionCountProvider
          initial={count}
          bank={{
            size: quiz.questions.length,
            defaultCount: quiz.defaultCount,
            liveRanks: liveQuestions(quiz.questions).map((question) => question.rank),
          }}
        >
          <div className="mt-8 grid gap-6">
            <section aria-labelledby="count" className="rounded-lg border border-border p-5">
              <h2 id="count" className="text-xl font-semibold">
                How many questions
              </h2>
              <div className="mt-3">
                <QuestionCountPicker labelledBy="count" />
              </div>
            </section>
            <section aria-labelledby="paper" className="rounded-lg border border-border p-5">
              <h2 id="paper" className="text-xl font-semibold">
                On paper and on the projector
              </h2>
              <ul className="mt-4 flex flex-wrap gap-3">
                <li>
                  <QuestionCountLink href={`/teach/${slug}/print`} className={action}>
                    Print packet
                  </QuestionCountLink>
                </li>
                <li>
                  <QuestionCountLink href={`/teach/${slug}/present`} className={action}>
                    Present
                  </QuestionCountLink>
                </li>
              </ul>
              <p className="mt-3 text-base text-muted">
                The packet holds the article with numbered paragraphs, the chosen questions, and a
                separate answer key that cites the sentence proving each answer.
              </p>
            </section>
            <section aria-labelledby="live" className="rounded-lg border border-border p-5">
              <h2 id="live" className="text-xl font-semibold">
                Live session with students’ phones
              </h2>
              <LiveCountNote printOnly={printOnlyKinds()} />
              <StartSessionForm slug={slug} />
            </section>
          </div>
        </QuestionCountProvider>
      )}
    </>
  );
}
