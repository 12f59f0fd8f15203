import { Checkbox, type GetProps } from 'antd';

/**
 * A checkbox group named by its label (role "group"). Form.Item marks a required control with aria-required, which a
 * group may not carry (axe: aria-allowed-attr); the asterisk and the rule stay on the Form.Item.
 */
export function CheckboxGroup({
  labelledBy,
  'aria-required': _required,
  ...props
}: GetProps<typeof Checkbox.Group> & { labelledBy: string; 'aria-required'?: unknown }) {
  return <Checkbox.Group {...props} role="group" aria-labelledby={labelledBy} />;
}
