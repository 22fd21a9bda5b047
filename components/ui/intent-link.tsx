'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * A `<Link>` that prefetches its page only once the user shows intent (pointer over it, focus, a touch),
 * not for every link on every page load: the pattern of Next's prefetching guide ("Hover-triggered
 * prefetch"), where `prefetch={null}` restores the default once intent is shown.
 */
export function IntentLink({
  onPointerEnter,
  onFocus,
  onTouchStart,
  ...props
}: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
