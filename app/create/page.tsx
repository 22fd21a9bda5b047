import type { Metadata } from 'next';
import { CreateArticleForm } from '@/components/create/create-article-form';

export const metadata: Metadata = { title: 'Quiz any article' };

export default function CreatePage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Quiz any article</h1>
      <p className="mt-2 mb-8 max-w-prose text-lg text-muted">
        Paste an English news or analysis article. Cited writes a quiz from it right here in your
        browser, where every answer links to the sentence that proves it. Nothing is uploaded; the
        article and quiz are kept in this browser only.
      </p>
      <CreateArticleForm />
    </div>
  );
}
