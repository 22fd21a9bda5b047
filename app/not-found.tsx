import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-muted mt-3 text-lg">
        There is no article or page at this address. It may have been removed, or the link may be
        mistyped.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-accent text-lg underline underline-offset-4">
          Back to the library
        </Link>
      </p>
    </>
  );
}
