import { useId } from 'react';
import './plain-ballot.css';

export interface PlainChoice<Value extends string> {
  value: Value;
  label: string;
  disabled?: boolean;
}

/**
 * One choice out of a few, as a row of equal buttons (antd's solid button-style Radio.Group look), made of the
 * browser's own radio buttons: arrow keys, the radio role and the label's name come with them, and no antd Form.
 */
export function PlainChoiceGroup<Value extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: Value | null;
  options: PlainChoice<Value>[];
  onChange: (value: Value) => void;
}) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="plain-choices">
      {options.map((option) => (
        <label key={option.value} className="plain-choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={option.disabled}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
