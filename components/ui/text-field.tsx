import type { ReactNode } from 'react';
import { FIELD, LABEL } from './styles';

/** A labelled text input or text area whose value the caller holds. */
export function TextField({
  id,
  label,
  value,
  onChange,
  rows,
  small = false,
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
  autoComplete?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className={small ? 'text-sm' : LABEL}>
        {label}
      </label>
      {rows ? (
        <textarea
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          rows={rows}
          className={FIELD}
        />
      ) : (
        <input
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          className={FIELD}
        />
      )}
    </div>
  );
}
