import type { Metadata } from 'next';
import { ProgressManager } from '@/components/progress/progress-manager';
import { getArticleSlugs, getQuiz } from '@/lib/content';

export const metadata: Metadata = { title: 'Your progress' };

export default function ProgressPage() {
  const quizzes = getArticleSlugs().flatMap((slug) => {
    const quiz = getQuiz(slug);
    return quiz
      ? [{ slug, title: quiz.article.title, questionIds: quiz.questions.map((q) => q.id) }]
      : [];
  });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <p className="mt-2 text-lg text-muted">
        Kept only in this browser: nothing is sent anywhere. Export it to keep a copy or move it to
        another device.
      </p>
      <ProgressManager quizzes={quizzes} />
    </div>
  );
}
