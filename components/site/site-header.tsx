'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { SettingsMenu } from '@/components/settings/settings-menu';
import { IntentLink } from '@/components/ui/intent-link';

interface NavItem {
  href: string;
  label: string;
}

/** Always in the header row, even on a 360-px phone: what a learner comes back for. */
const ALWAYS: NavItem[] = [
  { href: '/review', label: 'Review' },
  { href: '/progress', label: 'Progress' },
];
/** In the row from the `md` breakpoint; behind "Menu" below it. */
const MORE: NavItem[] = [
  { href: '/', label: 'Library' },
  { href: '/create', label: 'Quiz any article' },
  { href: '/teach', label: 'Teach' },
  { href: '/join', label: 'Join a class' },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

const LINK =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-1 text-accent underline-offset-4 hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2';

/**
 * The site's one-row header: the brand, Review and Progress always; the other links in the row on wide
 * screens and behind a "Menu" disclosure on phones (Escape or leaving it closes it, focus returns to the
 * button); Settings at the end.
 */
export function SiteHeader() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // A link in the menu was followed: the new page starts with the menu closed.
  if (open && openedOn !== pathname) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [open]);

  const link = (item: NavItem, className = LINK) => (
    <IntentLink
      href={item.href}
      onClick={() => setOpen(false)}
      aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}
      className={className}
    >
      {item.label}
    </IntentLink>
  );

  return (
    <header className="site-chrome no-print border-b border-border">
      <nav
        aria-label="Main"
        className="relative mx-auto flex min-h-14 max-w-4xl flex-wrap items-center gap-1 px-2 sm:gap-3 sm:px-4"
      >
        <IntentLink
          href="/"
          className="mr-auto inline-flex min-h-11 items-center px-1 text-xl font-bold tracking-tight text-fg no-underline md:mr-2"
        >
          Cited
        </IntentLink>
        <ul className="hidden items-center gap-3 md:flex">
          {MORE.map((item) => (
            <li key={item.href}>{link(item)}</li>
          ))}
        </ul>
        <ul className="flex items-center gap-1 sm:gap-3 md:mr-auto">
          {ALWAYS.map((item) => (
            <li key={item.href}>{link(item)}</li>
          ))}
        </ul>
        <div ref={rootRef} className="md:hidden">
          <button
            ref={buttonRef}
            type="button"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => {
              setOpenedOn(pathname);
              setOpen((value) => !value);
            }}
            className="inline-flex min-h-11 items-center gap-1 rounded-md px-1 text-accent underline-offset-4 hover:underline"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
              {open ? (
                <path d="M4.3 3 10 8.6 15.7 3 17 4.3 11.4 10l5.6 5.7-1.3 1.3-5.7-5.6L4.3 17 3 15.7 8.6 10 3 4.3z" />
              ) : (
                <path d="M2 4h16v2H2zm0 5h16v2H2zm0 5h16v2H2z" />
              )}
            </svg>
            Menu
          </button>
          <ul
            id={menuId}
            hidden={!open}
            className="absolute inset-x-0 top-full z-30 grid gap-1 border-b border-border bg-bg px-3 py-2 shadow-lg"
          >
            {MORE.map((item) => (
              <li key={item.href}>
                {link(
                  item,
                  `${LINK} w-full justify-start px-3 text-lg hover:bg-surface aria-[current=page]:bg-surface`,
                )}
              </li>
            ))}
          </ul>
        </div>
        <SettingsMenu />
      </nav>
    </header>
  );
}
