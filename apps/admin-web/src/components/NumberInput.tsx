import { Input, type InputProps } from 'antd';

type Props = Omit<InputProps, 'value' | 'onChange' | 'type'> & {
  value?: string | number | null;
  onChange?: (value: string | number) => void;
  /**
   * 'number' for fields the api takes as JSON numbers (seats, percentages): the value is a number when the text is
   * exactly one ("12"), else the text as typed ("12.5", "1e3"), which the field's numberRule then refuses.
   */
  valueAs?: 'text' | 'number';
};

/**
 * A number box that never changes what was typed. antd's InputNumber clamps to its limits and rounds to its
 * precision when the box loses focus (31 → 30, 80.5 → 81), so a wrong number was silently saved as another one;
 * here the number stays as typed and the field's numberRule says what is allowed.
 */
export function NumberInput({ value, onChange, valueAs = 'text', ...rest }: Props) {
  return (
    <Input
      inputMode={valueAs === 'number' ? 'numeric' : 'decimal'}
      autoComplete="off"
      {...rest}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={(e) => {
        const text = e.target.value;
        onChange?.(valueAs === 'number' && text.trim() !== '' && String(Number(text)) === text ? Number(text) : text);
      }}
    />
  );
}
