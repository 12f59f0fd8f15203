import type { ReactNode } from 'react';
import { PlainField } from './PlainField';

/** The box a juror or delegate types her one-time code into: large, upper-case on phones, offered from an SMS. */
export function OneTimeCodeField({
  inputId,
  label,
  error,
  value,
  onChange,
}: {
  inputId: string;
  label: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <PlainField inputId={inputId} label={label} error={error}>
      <input
        id={inputId}
        className="plain-input plain-input-code"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        aria-required
        aria-invalid={!!error}
        aria-describedby={error ? `${inputId}_help` : undefined}
      />
    </PlainField>
  );
}
