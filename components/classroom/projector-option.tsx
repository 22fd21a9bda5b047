import type { ReactNode } from 'react';
import { optionLetter } from '@/lib/classroom/slides';

/**
 * One lettered option on a projector; the key, once shown, is marked in words and a thicker border, not
 * by colour alone. `aside` sits at the end of its line (a count), `children` below it (a bar).
 */
export function ProjectorOption({
  index,
  choice,
  isKey,
  aside,
  children,
}: {
  index: number;
  choice: string;
  isKey: boolean;
  aside?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <li
      className={`rounded-md px-[max(0.75rem,1.4vmin)] py-[max(0.375rem,0.9vmin)] break-words ${isKey ? 'border-4 border-ok bg-ok-soft' : 'border-2 border-border'}`}
    >
      <div className="flex items-baseline justify-between gap-[2vmin]">
        <span className="min-w-0">
          <strong>{optionLetter(index)}.</strong> {choice}
          {isKey ? (
            <strong className="whitespace-nowrap text-ok">
              {' '}
              <span aria-hidden="true">✓</span> right answer
            </strong>
          ) : null}
        </span>
        {aside}
      </div>
      {children}
    </li>
  );
}
