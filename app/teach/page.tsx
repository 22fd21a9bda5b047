import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/components/ui/format';
import { BUTTON, CARD } from '@/components/ui/styles';
import { NewWorkspaceLink } from '@/components/workspace/new-workspace-link';
import { getArticles } from '@/lib/content';
import { workspaceCookie } from '@/lib/workspace/page-data';
import { workspaceServer } from '@/lib/workspace/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';
export const metadata: Metadata = { title: 'Your teacher workspace' };

const STATUS = { generating: 'Quiz being made', ready: 'Ready', failed: 'No quiz: see why' };

/** The teacher's workspace on this device: their articles, and the library's, to teach with. */
export default async function WorkspacePage() {
  const workspace = await workspaceServer();
  const secret = await workspaceCookie();
  const open = (await workspace.workspaceOf(secret)) !== null;
  const articles = open ? await workspace.list(secret) : [];
  const day = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your teacher workspace</h1>
      <p className="mt-2 max-w-prose text-lg text-muted">
        Articles you bring in for your classes, each with a quiz you can review, print, project, run
        live, share and export. No account: a private link opens the workspace.
      </p>
      <p className="mt-6">
        <Link href="/teach/new" className={BUTTON.primary}>
          Add an article
        </Link>
      </p>

      <section aria-labelledby="yours" className="mt-10">
        <h2 id="yours" className="text-2xl font-bold tracking-tight">
          Your articles
        </h2>
        {!open ? (
          <p className="mt-2 max-w-prose">
            No workspace is open on this device. Adding an article makes one. If you already have
            one, open its private workspace link on this device.
          </p>
        ) : articles.length === 0 ? (
          <p className="mt-2">None yet.</p>
        ) : (
          <ul className="mt-4 grid gap-4" aria-label="Your articles">
            {articles.map((article) => (
              <li key={article.id} className={CARD}>
                <h3 className="text-xl font-semibold break-words">
                  <Link
                    href={`/teach/${article.id}`}
                    className="text-accent underline underline-offset-4"
                  >
                    {article.title}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-muted">
                  Added {day(article.createdAt)} · {STATUS[article.status]}
                  {article.published ? ' · shared' : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {open ? (
        <section aria-labelledby="link" className={`${CARD} mt-10`}>
          <h2 id="link" className="text-xl font-semibold">
            Your private workspace link
          </h2>
          <p className="mt-2 mb-4 max-w-prose">
            It was shown once when the workspace was made. Lost it, or shared it by mistake? Make a
            new one: the old one stops working.
          </p>
          <NewWorkspaceLink />
        </section>
      ) : null}

      <section aria-labelledby="library" className="mt-10">
        <h2 id="library" className="text-2xl font-bold tracking-tight">
          From the library
        </h2>
        <ul className="mt-4 grid gap-2">
          {getArticles().map((article) => (
            <li key={article.slug}>
              <Link href={`/teach/${article.slug}`} className={BUTTON.link}>
                Teach with “{article.meta.title}”
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
