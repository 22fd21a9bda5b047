import type { Metadata } from 'next';
import { AddArticleForm } from '@/components/workspace/add-article-form';

export const metadata: Metadata = { title: 'Add an article to teach' };

export default function NewArticlePage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Add an article to teach</h1>
      <p className="mt-2 mb-8 max-w-prose text-lg text-muted">
        Bring today’s article into your classroom workspace: Cited writes a quiz where every answer
        cites the sentence that proves it. You can then review the questions, print them, project
        them, run them live with your class, share a link or export them to your learning platform.
        No account: your workspace is kept on the server and opened by a private link.
      </p>
      <AddArticleForm />
    </div>
  );
}
