import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormListFieldData, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../../components/NumberInput';
import { type NumberLimits, numberRule } from '../../components/numberLimits';

/** A title box: what the row is called, up to 100 characters. */
export interface TitleColumn {
  label: string;
  placeholder: string;
}

/** A number box beside the title, with the limits it is checked against. */
export interface NumberColumn {
  name: string;
  label: string;
  limits: NumberLimits;
  /** 'number' for whole numbers the api takes as JSON numbers (seats, sizes); decimals stay text. */
  valueAs?: 'number';
  flex: string;
}

/**
 * A list of named things with numbers (positions and their seats, rubric criteria with their maximum and step, award
 * tiers and their sizes): a row each, a button to add one; the last row is kept. `labelled(index)` says which rows
 * carry the labels above their boxes (every row where the boxes wrap, else the first).
 */
export function TitledNumberRows({
  name,
  title,
  numbers,
  labelled,
  newRow,
  addLabel,
}: {
  name: string | (string | number)[];
  title: TitleColumn;
  numbers: NumberColumn[];
  labelled: (index: number) => boolean;
  newRow: Record<string, unknown>;
  addLabel: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <TitledNumberRow
              key={field.key}
              field={field}
              index={index}
              title={title}
              numbers={numbers}
              labelled={labelled(index)}
              removable={fields.length > 1}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add(newRow)}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** One row: the title, its numbers and the remove button, each named with the row's number for screen readers. */
function TitledNumberRow({
  field,
  index,
  title,
  numbers,
  labelled,
  removable,
  onRemove,
}: {
  field: FormListFieldData;
  index: number;
  title: TitleColumn;
  numbers: NumberColumn[];
  labelled: boolean;
  removable: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const required = (label: string) => ({ required: true, message: t('form.required', { label }) });
  return (
    <div className="row-fields">
      <Form.Item
        name={[field.name, 'title']}
        label={labelled ? title.label : undefined}
        rules={[required(title.label), { max: 100 }]}
        style={{ flex: '3 1 220px' }}
      >
        <Input aria-label={`${title.label} ${index + 1}`} placeholder={title.placeholder} />
      </Form.Item>
      {numbers.map((n) => (
        <Form.Item
          key={n.name}
          name={[field.name, n.name]}
          label={labelled ? n.label : undefined}
          rules={[required(n.label), numberRule(t, n.limits)]}
          style={{ flex: n.flex }}
        >
          <NumberInput valueAs={n.valueAs} aria-label={`${n.label} ${index + 1}`} style={{ width: '100%' }} />
        </Form.Item>
      ))}
      <Button
        className="row-remove"
        icon={<DeleteOutlined aria-hidden />}
        onClick={onRemove}
        disabled={!removable}
        aria-label={`${t('form.remove')} ${index + 1}`}
        // Level with the boxes: below their labels, or at the top where the row has none.
        style={{ marginTop: labelled ? 34 : 0 }}
      />
    </div>
  );
}
