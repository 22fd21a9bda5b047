import Link from 'next/link';
import { formatDate } from '@/components/ui/format';
import { MyArticlesList } from '@/components/mine/my-articles-list';
import { ArticleProgress } from '@/components/progress/article-progress';
import { getArticles, getQuiz } from '@/lib/content';

export default function LibraryPage() {
  const articles = getArticles();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Library</h1>
      <p className="mt-2 max-w-prose text-lg text-muted">
        Read a real article, then test yourself. Every answer links to the sentence that proves it.
      </p>
      <ul className="mt-8 grid gap-4" aria-label="Articles">
        {articles.map((article) => (
          <li key={article.slug} className="rounded-lg border border-border p-5">
            <h2 className="text-xl font-semibold">
              <Link
                href={`/articles/${article.slug}`}
                className="text-accent underline underline-offset-4"
              >
                {article.meta.title}
              </Link>
            </h2>
            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
              <div className="flex gap-1">
                <dt>Source:</dt>
                <dd>{article.meta.publisher}</dd>
              </div>
              <div className="flex gap-1">
                <dt>{article.meta.statedDateLabel}:</dt>
                <dd>
                  <time dateTime={article.meta.statedDate}>
                    {formatDate(article.meta.statedDate)}
                  </time>
                </dd>
              </div>
              <div className="flex gap-1">
                <dt>Reading time:</dt>
                <dd>{article.readingMinutes} min</dd>
              </div>
            </dl>
            <QuizLine slug={article.slug} />
          </li>
        ))}
      </ul>
      <MyArticlesList />
      <section aria-labelledby="teach-heading" className="mt-12">
        <h2 id="teach-heading" className="text-2xl font-bold tracking-tight">
          Teaching with your own article?
        </h2>
        <p className="mt-2 max-w-prose text-muted">
          Bring any article into a teacher workspace to review its questions, print, project, run a
          live class, share a link or export to your learning platform.
        </p>
        <p className="mt-3">
          <Link
            href="/teach/new"
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg"
          >
            Add an article to teach
          </Link>
        </p>
      </section>
    </>
  );
}

/** "Take the quiz" and this browser's progress, when the article has a quiz. */
function QuizLine({ slug }: { slug: string }) {
  const quiz = getQuiz(slug);
  if (!quiz || quiz.questions.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link
        href={`/quiz/${slug}`}
        className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg"
      >
        Take the quiz
      </Link>
      <ArticleProgress slug={slug} questionIds={quiz.questions.map((question) => question.id)} />
      <Link
        href={`/teach/${slug}`}
        className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
      >
        Teach with this article
      </Link>
    </div>
  );
}
