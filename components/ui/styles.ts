/** Class strings shared by the workspace's controls, so buttons and links read alike everywhere. */
export const BUTTON = {
  primary:
    'inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-5 font-semibold text-accent-fg disabled:opacity-60',
  secondary:
    'inline-flex min-h-11 items-center justify-center rounded-md border-2 border-border bg-bg px-4 font-semibold text-fg disabled:opacity-50',
  danger:
    'inline-flex min-h-11 items-center justify-center rounded-md bg-bad px-4 font-semibold text-bg disabled:opacity-60',
  link: 'inline-flex min-h-11 items-center text-accent underline underline-offset-4',
} as const;

export const FIELD =
  'mt-1 block w-full rounded-md border-2 border-border bg-bg px-3 py-2 text-base text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus';
export const LABEL = 'block font-semibold';
export const HINT = 'mt-1 text-sm text-muted';
export const ERROR = 'mt-1 font-semibold text-bad';
export const CARD = 'rounded-lg border border-border p-4 sm:p-5';
