import type { Metadata } from 'next';
import { MyArticleQuiz } from '@/components/mine/my-article-quiz';

interface Props {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: 'Quiz on your article' };

/** The quiz lives in the reader's browser, so the server passes only its id to the client leaf. */
export default async function MyArticleQuizPage({ params }: Props) {
  return <MyArticleQuiz id={(await params).id} />;
}
