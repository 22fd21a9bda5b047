import type { ReactNode } from 'react';
import { FIELD, HINT, LABEL } from './styles';

/** A labelled text input, date input or text area whose value the caller holds. */
export function TextField({
  id,
  label,
  value,
  onChange,
  rows,
  small = false,
  optional = false,
  type,
  hint,
  autoComplete,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** A text area of this many rows; absent, a one-line input. */
  rows?: number;
  /** A quieter label, for one of several similar fields. */
  small?: boolean;
  /** Says "(optional)" after the label. */
  optional?: boolean;
  type?: 'date';
  /** A line under the field that describes it to screen readers too. */
  hint?: ReactNode;
  autoComplete?: string;
}) {
  const described = hint ? { 'aria-describedby': `${id}-hint` } : {};
  return (
    <div>
      <label htmlFor={id} className={small ? 'text-sm' : LABEL}>
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </label>
      {rows ? (
        <textarea
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          rows={rows}
          className={FIELD}
          {...described}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          className={FIELD}
          {...described}
        />
      )}
      {hint ? (
        <p id={`${id}-hint`} className={HINT}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
