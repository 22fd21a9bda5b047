import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { CitedSentenceFocus } from '@/components/article/cited-sentence-focus';
import { formatDate } from '@/components/ui/format';
import { BUTTON } from '@/components/ui/styles';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import { getArticle, getArticleSlugs, getQuiz } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return { title: article?.meta.title ?? 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const { meta } = article;
  const quiz = getQuiz(slug);
  const quizCount = quiz ? defaultQuestions(quiz).length : 0;
  const quizLink =
    quizCount > 0 ? (
      <Link href={`/quiz/${slug}`} className={BUTTON.primary}>
        Take the quiz
        <span className="ml-1 font-normal">({quizCount} questions)</span>
      </Link>
    ) : null;
  return (
    <article>
      <CitedSentenceFocus />
      <header className="mb-5 border-b border-border pb-4 sm:mb-8 sm:pb-6">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">{meta.publisher}</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-4xl">{meta.title}</h1>
        {quizLink ? <p className="mt-3">{quizLink}</p> : null}
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base sm:mt-4 sm:gap-x-4">
          <dt className="font-semibold">{meta.statedDateLabel}</dt>
          <dd>
            <time dateTime={meta.statedDate}>{formatDate(meta.statedDate)}</time>
          </dd>
          <dt className="font-semibold">Source</dt>
          <dd>
            {meta.sourceUrl ? (
              <a href={meta.sourceUrl} className="text-accent underline underline-offset-4">
                {meta.publisher}
              </a>
            ) : (
              meta.publisher
            )}
            <span className="text-muted"> · retrieved {formatDate(meta.retrieved)}</span>
          </dd>
          <dt className="font-semibold">Reading time</dt>
          <dd>{article.readingMinutes} min</dd>
        </dl>
        <p className="mt-4 rounded-md border border-border bg-surface p-3 text-base" role="note">
          <strong>As of {formatDate(meta.statedDate)}.</strong> This article describes events as
          they stood on that date; later developments are not covered.
        </p>
      </header>
      <ArticleBody passages={article.passages} />
      <footer className="mt-10 border-t border-border pt-4 text-sm text-muted">
        <p>{meta.attribution}</p>
        {quizLink ? <p className="mt-4 text-base">{quizLink}</p> : null}
        <p className="mt-3">
          <Link href="/" className="text-accent underline underline-offset-4">
            Back to the library
          </Link>
        </p>
      </footer>
    </article>
  );
}
