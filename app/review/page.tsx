import type { Metadata } from 'next';
import { ReviewList, type ReviewQuiz } from '@/components/progress/review-list';
import { getArticleSlugs, getQuiz } from '@/lib/content';

export const metadata: Metadata = { title: 'Review' };

export default function ReviewPage() {
  const quizzes: ReviewQuiz[] = getArticleSlugs().flatMap((slug) => {
    const quiz = getQuiz(slug);
    if (!quiz) return [];
    return [
      {
        slug,
        title: quiz.article.title,
        questions: quiz.questions.map(({ id, prompt, type }) => ({ id, prompt, type })),
      },
    ];
  });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Review</h1>
      <p className="mt-2 text-lg text-muted">
        Questions you missed come back here on the day they are due, spaced out further each time
        you get them right.
      </p>
      <ReviewList quizzes={quizzes} />
    </div>
  );
}
