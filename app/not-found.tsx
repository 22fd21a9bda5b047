import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-lg text-muted">
        There is no article or page at this address. It may have been removed, or the link may be
        mistyped.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-lg text-accent underline underline-offset-4">
          Back to the library
        </Link>
      </p>
    </>
  );
}
