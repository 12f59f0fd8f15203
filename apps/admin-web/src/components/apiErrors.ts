import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../api/client';
import { refusalText } from './refusalText';

type NamePath = (string | number)[];

/** 'details.name' → ['details', 'name']; 'positions.0.seats' → ['positions', 0, 'seats']. */
export function toNamePath(field: string): NamePath {
  return field.split('.').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

const same = (a: NamePath, b: NamePath) => a.length === b.length && a.every((x, i) => String(x) === String(b[i]));

/** A readable message for one broken rule: ours in the current language when we know the rule, else the api's. */
export function fieldMessage(t: TFunction, e: FieldError): string {
  const own = t(`errors.fields.${e.field}`, { defaultValue: '' });
  if (own) return own;
  const refusal = refusalText(t, e.rule, e.params);
  if (refusal) return refusal;
  const key = e.rule ? `errors.${e.rule}` : '';
  if (key && t(key, { defaultValue: '' })) {
    const known = t(key);
    // Keep the api's detail (numbers, limits) for generic rules such as maxLength or min.
    return ['maxLength', 'min', 'max', 'matches', 'isIn'].includes(e.rule!) ? `${known}（${e.message}）` : known;
  }
  return e.message;
}

/**
 * A readable sentence for an error that belongs to no field: our words for a refusal we know (with its params), in
 * the reader's language only; the api's English message only for a code we have no words for.
 */
export function errorMessage(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    const refusal = refusalText(t, err.code, err.params);
    if (refusal) return refusal;
    if (err.code && t(`errors.${err.code}`, { defaultValue: '' })) return t(`errors.${err.code}`);
    if (err.status >= 500) return t('errors.server', { status: err.status });
    return err.message;
  }
  if (err instanceof TypeError) return t('errors.network');
  return String((err as Error)?.message ?? err);
}

/**
 * Puts the api's field errors (400 errors[].field, or the field of a 422/409 rejection) next to the form fields
 * they concern. `aliases` maps an api field to a form field (e.g. 'weights' → 'weightsTotal'); a field the form
 * does not show is reported on its nearest shown parent, or else returned so the page can show it in an alert.
 */
export function applyApiErrors(form: FormInstance, err: unknown, t: TFunction, aliases: Record<string, string> = {}): FieldError[] {
  if (!(err instanceof ApiError) || err.fieldErrors.length === 0) return [];
  const registered: NamePath[] = [];
  form.getFieldsValue(true, (meta) => {
    if (meta?.name) registered.push(meta.name as NamePath);
    return false;
  });
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: FieldError[] = [];
  for (const e of err.fieldErrors) {
    let path = toNamePath(aliases[e.field] ?? e.field);
    while (path.length > 0 && !registered.some((r) => same(r, path))) {
      path = path.slice(0, -1);
      const alias = aliases[path.join('.')];
      if (alias) path = toNamePath(alias);
    }
    if (path.length === 0) {
      unplaced.push(e);
      continue;
    }
    const id = path.join('.');
    const entry = byField.get(id) ?? { name: path, errors: [] };
    entry.errors.push(fieldMessage(t, e));
    byField.set(id, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  const first = [...byField.values()][0];
  if (first) form.scrollToField(first.name, { block: 'center' });
  return unplaced;
}
