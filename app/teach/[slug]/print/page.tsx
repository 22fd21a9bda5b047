import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintControls } from '@/components/classroom/print-controls';
import { PrintPacket } from '@/components/classroom/print-packet';
import { defaultQuestions } from '@/lib/quiz-engine/schema';
import {
  chosenQuestions,
  parseQuestionCount,
  withQuestionCount,
} from '@/lib/classroom/question-count';
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
  if (isWorkspaceArticleId(slug)) return { title: 'Print packet', referrer: 'no-referrer' };
  const article = getArticle(slug);
  return { title: article ? `Print packet: ${article.meta.title}` : 'Not found' };
}

/** The packet of the teacher's chosen questions (`?count=`, the default quiz without it). */
export default async function PrintPage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (isWorkspaceArticleId(slug)) return <WorkspacePrint id={slug} />;
  const article = getArticle(slug);
  const quiz = getQuiz(slug);
  if (!article || !quiz) notFound();
  const count = parseQuestionCount((await searchParams).count);
  const questions = chosenQuestions(quiz, count);
  return (
    <PrintControls
      chosen={questions.length}
      bank={quiz.questions.length}
      changeHref={withQuestionCount(`/teach/${slug}`, count)}
    >
      <PrintPacket quiz={quiz} questions={questions} meta={article.meta} />
    </PrintControls>
  );
}

/** A workspace article's packet: the teacher's chosen questions, in their order. */
async function WorkspacePrint({ id }: { id: string }) {
  const page = await ownedArticlePage(id);
  if (page.kind !== 'ok') return <NotInWorkspace reason={page.reason} />;
  const { quiz, article, review, sourceUrl } = page.view;
  if (!quiz || !review) notFound();
  const questions = defaultQuestions(quiz);
  return (
    <PrintControls
      chosen={questions.length}
      bank={review.available}
      changeHref={`/teach/${id}/edit`}
    >
      <PrintPacket
        quiz={quiz}
        questions={questions}
        meta={{
          title: article.title,
          ...(article.publisher && { publisher: article.publisher }),
          ...(sourceUrl && { sourceUrl }),
          ...(article.date && { statedDate: article.date }),
        }}
      />
    </PrintControls>
  );
}
