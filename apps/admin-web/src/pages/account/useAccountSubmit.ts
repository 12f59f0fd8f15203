import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';

/**
 * The submit of an account page: busy while it runs; a refusal goes next to the form's fields it names, and into the
 * page's alert when it names none the form shows (e.g. a spent link's `token`).
 */
export function useAccountSubmit<Values>(form?: FormInstance<Values>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (action: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (err) {
      const unplaced = form ? applyApiErrors(form, err, t) : [];
      if (!form || unplaced.length || !(err as { fieldErrors?: unknown[] }).fieldErrors?.length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
