import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { CitedSentenceFocus } from '@/components/article/cited-sentence-focus';
import { formatDate } from '@/components/ui/format';
import { BUTTON } from '@/components/ui/styles';
import { passagesWithText } from '@/lib/quiz-play/passages';
import { isShareToken } from '@/lib/workspace/ids';
import { workspaceServer } from '@/lib/workspace/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Props {
  params: Promise<{ token: string }>;
}

async function sharedArticle(token: string) {
  if (!isShareToken(token)) return null;
  return (await workspaceServer()).shared(token);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await sharedArticle((await params).token);
  // The link is the key to the page: never sent on to the sites the article links to.
  return { title: shared?.title ?? 'Not found', referrer: 'no-referrer' };
}

/** A shared article, for anyone with its link: the text and the teacher's quiz, nothing else. */
export default async function SharedArticlePage({ params }: Props) {
  const { token } = await params;
  const shared = await sharedArticle(token);
  if (!shared) notFound();
  const { article, passages } = shared.quiz;
  return (
    <article>
      <CitedSentenceFocus />
      <header className="mb-8 border-b border-border pb-6">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          {article.publisher ?? 'Shared by your teacher'}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight break-words sm:text-4xl">
          {article.title}
        </h1>
        {article.date ? (
          <p className="mt-2 text-lg">
            As of <time dateTime={article.date}>{formatDate(article.date)}</time>
          </p>
        ) : null}
        <p className="mt-5">
          <Link href={`/s/${token}/quiz`} className={BUTTON.primary}>
            Take the quiz ({shared.quiz.questions.length} questions)
          </Link>
        </p>
      </header>
      <ArticleBody passages={passagesWithText(passages)} />
      <footer className="mt-10 border-t border-border pt-4 text-sm text-muted">
        Shared by a teacher with Cited. Your answers and progress stay in this browser.
      </footer>
    </article>
  );
}
