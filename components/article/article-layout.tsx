import type { ReactNode } from 'react';
import { ArticleBody } from '@/components/article/article-body';
import { CitedSentenceFocus } from '@/components/article/cited-sentence-focus';
import { formatDate } from '@/components/ui/format';
import { readingMinutes, type Passage } from '@/lib/text/article';

interface Props {
  /** The line above the title: the publisher, or where the article comes from. */
  kicker: string;
  title: string;
  /** The article's own date (YYYY-MM-DD), when it states one. */
  date?: string | null;
  /** More rows of the details list (`<dt>`/`<dd>` pairs), between the date and the reading time. */
  details?: ReactNode;
  wordCount: number;
  /** Under the details: what can be done with the article. */
  actions?: ReactNode;
  passages: Passage[];
  footer: ReactNode;
}

/**
 * An article someone brought (in this browser or a teacher's workspace): its title and details,
 * then the numbered text with every sentence addressable by its id.
 */
export function ArticleLayout(props: Props) {
  const { kicker, title, date, details, wordCount, actions, passages, footer } = props;
  return (
    <article>
      <CitedSentenceFocus />
      <header className="mb-8 border-b border-border pb-6">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">{kicker}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight break-words sm:text-4xl">{title}</h1>
        <dl className="mt-4 grid gap-1 text-base sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {date ? (
            <>
              <dt className="font-semibold">Article’s date</dt>
              <dd>
                <time dateTime={date}>{formatDate(date)}</time>
              </dd>
            </>
          ) : null}
          {details}
          <dt className="font-semibold">Reading time</dt>
          <dd>{readingMinutes(wordCount)} min</dd>
        </dl>
        {actions}
      </header>
      <ArticleBody passages={passages} />
      <footer className="mt-10 border-t border-border pt-4 text-sm text-muted">{footer}</footer>
    </article>
  );
}
