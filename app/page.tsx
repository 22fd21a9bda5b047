import Link from 'next/link';
import { formatDate } from '@/components/ui/format';
import { getArticles } from '@/lib/content';

export default function LibraryPage() {
  const articles = getArticles();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Library</h1>
      <p className="text-muted mt-2 max-w-prose text-lg">
        Read a real article, then test yourself. Every answer links to the sentence that proves it.
      </p>
      <ul className="mt-8 grid gap-4" aria-label="Articles">
        {articles.map((article) => (
          <li key={article.slug} className="border-border rounded-lg border p-5">
            <h2 className="text-xl font-semibold">
              <Link
                href={`/articles/${article.slug}`}
                className="text-accent underline underline-offset-4"
              >
                {article.meta.title}
              </Link>
            </h2>
            <dl className="text-muted mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
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
            <p className="mt-3">
              <Link
                href={`/teach/${article.slug}`}
                className="text-accent underline underline-offset-4"
              >
                Teach with this article
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
