import type { ReactNode } from 'react';
import './plain-ballot.css';

/**
 * A labelled form field of the phone ballot pages, with its error under it: antd's Form.Item look without antd's
 * Form, whose field store and validator are the largest part of antd these pages would load.
 */
export function PlainField({ inputId, label, error, children }: { inputId: string; label: ReactNode; error?: string | null; children: ReactNode }) {
  return (
    <div className="plain-field">
      <label className="plain-field-label" htmlFor={inputId}>
        {label}
      </label>
      {children}
      {error && (
        <div id={`${inputId}_help`} className="plain-field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
