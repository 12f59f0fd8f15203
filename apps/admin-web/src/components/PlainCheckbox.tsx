import type { CSSProperties, ReactNode } from 'react';
import './plain-ballot.css';

/** A checkbox with its text for the phone ballot pages: the browser's own, in the theme's colour (antd's pulls in its Form). */
export function PlainCheckbox({
  checked,
  disabled,
  onChange,
  style,
  children,
}: {
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <label className="plain-checkbox" style={style}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
