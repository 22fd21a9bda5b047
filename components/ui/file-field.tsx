import type { ReactNode, Ref } from 'react';
import { HINT, LABEL } from './styles';

/**
 * A labelled file input with a hint under it; `children` come after the hint (an error, a way
 * back). `describedBy` adds the ids of what else describes it, such as an error shown elsewhere.
 */
export function FileField({
  id,
  label,
  accept,
  inputRef,
  onChoose,
  hint,
  invalid = false,
  describedBy,
  children,
}: {
  id: string;
  label: ReactNode;
  accept: string;
  inputRef?: Ref<HTMLInputElement>;
  onChoose: (file: File | undefined) => void;
  hint: ReactNode;
  invalid?: boolean;
  describedBy?: string;
  children?: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept={accept}
        onChange={(event) => onChoose(event.target.files?.[0])}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
        className="mt-1 block w-full text-base file:mr-3 file:min-h-11 file:rounded-md file:border file:border-border file:bg-surface file:px-4 file:font-semibold file:text-fg"
      />
      <p id={`${id}-hint`} className={HINT}>
        {hint}
      </p>
      {children}
    </div>
  );
}
