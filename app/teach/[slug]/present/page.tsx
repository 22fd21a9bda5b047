import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { PresentDeck } from '@/components/classroom/present-deck';
import { phoneLink, qrDataUrl } from '@/lib/classroom/join-link';
import { chosenQuestions, parseQuestionCount } from '@/lib/classroom/question-count';
import { presentSlides } from '@/lib/classroom/slides';
import { NotInWorkspace } from '@/components/workspace/not-in-workspace';
import { getArticle, getQuiz } from '@/lib/content';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import { isWorkspaceArticleId } from '@/lib/workspace/ids';
import { ownedArticlePage } from '@/lib/workspace/page-data';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ count?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (isWorkspaceArticleId(slug)) return { title: 'Present', referrer: 'no-referrer' };
  const article = getArticle(slug);
  return { title: article ? `Present: ${article.meta.title}` : 'Not found' };
}

/** The teacher's chosen questions (`?count=`, the default quiz without it), one slide each. */
export default async function PresentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (isWorkspaceArticleId(slug)) return <WorkspacePresent id={slug} />;
  const article = getArticle(slug);
  const quiz = getQuiz(slug);
  if (!article || !quiz) notFound();
  const questions = chosenQuestions(quiz, parseQuestionCount((await searchParams).count));
  // A library quiz is public: the class can open it on their phones from the QR slide (a workspace
  // article's is private, so its deck has none).
  const { url } = phoneLink(await headers(), `/quiz/${slug}`);
  return (
    <PresentDeck
      title={article.meta.title}
      slides={presentSlides(quiz, questions, `/teach/${slug}/present`)}
      exitHref={`/teach/${slug}`}
      join={{ url, qrDataUrl: await qrDataUrl(url) }}
    />
  );
}

/** A workspace article's chosen questions, in the teacher's order; evidence opens its private page. */
async function WorkspacePresent({ id }: { id: string }) {
  const page = await ownedArticlePage(id);
  if (page.kind !== 'ok') return <NotInWorkspace reason={page.reason} />;
  const { quiz, title } = page.view;
  if (!quiz) notFound();
  return (
    <PresentDeck
      title={title}
      slides={presentSlides(
        quiz,
        defaultQuestions(quiz),
        `/teach/${id}/present`,
        `/teach/${id}/article`,
      )}
      exitHref={`/teach/${id}`}
    />
  );
}
