import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintControls } from '@/components/classroom/print-controls';
import { PrintPacket } from '@/components/classroom/print-packet';
import {
  chosenQuestions,
  parseQuestionCount,
  withQuestionCount,
} from '@/lib/classroom/question-count';
import { getArticle, getQuiz } from '@/lib/content';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ count?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return { title: article ? `Print packet: ${article.meta.title}` : 'Not found' };
}

/** The packet of the teacher's chosen questions (`?count=`, the default quiz without it). */
export default async function PrintPage({ params, searchParams }: Props) {
  const { slug } = await params;
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
