import type { ReactNode } from 'react';

/**
 * A projector slide telling a class how to get there on their phones: scan the QR code, or type the
 * address (and the join code) by hand. Sized to the screen (vmin), like the rest of projector mode.
 */
export function JoinSlide({
  heading,
  url,
  qrDataUrl,
  code,
  children,
}: {
  heading: string;
  /** The address phones open (lib/classroom/join-link.ts picks one they can reach). */
  url: string;
  qrDataUrl: string;
  /** A live session's join code, for those who type it at /join. */
  code?: string;
  /** What the class should know while it waits (how many joined, what happens next). */
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby="join-slide-heading"
      className="grid min-h-0 content-center items-center gap-[max(1rem,4vmin)] md:grid-cols-[minmax(0,1fr)_auto]"
    >
      <div className="grid min-w-0 gap-[max(0.75rem,2.4vmin)]">
        <h1
          id="join-slide-heading"
          className="text-[clamp(2.25rem,6vmin,6rem)] leading-tight font-bold"
        >
          {heading}
        </h1>
        {code ? (
          <div>
            <p className="text-[max(1.25rem,3vmin)] text-muted">Join code</p>
            <p
              className="font-mono text-[clamp(3rem,12vmin,12rem)] leading-none font-bold tracking-[0.15em]"
              aria-label={`Join code: ${code.split('').join(' ')}`}
              data-testid="screen-join-code"
            >
              {code}
            </p>
          </div>
        ) : null}
        <p className="text-[max(1.25rem,3.2vmin)] leading-snug break-all">
          <span className="text-muted">{code ? 'at ' : 'Open '}</span>
          <a href={url} className="font-semibold text-accent underline underline-offset-4">
            {url}
          </a>
        </p>
        {children ? (
          <div className="text-[max(1.25rem,3.2vmin)] leading-snug">{children}</div>
        ) : null}
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline data: SVG, nothing to optimise */}
      <img
        src={qrDataUrl}
        alt={`QR code for ${url}`}
        className="size-[min(60vmin,36rem)] justify-self-center bg-white p-[1vmin]"
      />
    </section>
  );
}
