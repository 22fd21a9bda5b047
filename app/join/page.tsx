import type { Metadata } from 'next';
import { JoinForm } from '@/components/classroom/join-form';

export const metadata: Metadata = { title: 'Join a class' };

interface Props {
  searchParams: Promise<{ code?: string | string[] }>;
}

export default async function JoinPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const initialCode = typeof code === 'string' ? code.slice(0, 12) : '';
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold tracking-tight">Join a class</h1>
      <p className="mt-2 text-lg text-muted">
        Enter the code your teacher shows and the name you want the teacher to see. No account
        needed.
      </p>
      <JoinForm initialCode={initialCode} />
    </div>
  );
}
