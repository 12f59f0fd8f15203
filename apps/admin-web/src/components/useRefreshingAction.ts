import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './apiErrors';

/**
 * One change at a time on a panel: `act(doing, done)` runs the call, refreshes the panel's query and says `done`,
 * or shows the refusal in `error`; it answers whether the change went through (e.g. to clear a form).
 */
export function useRefreshingAction(queryKey: readonly unknown[]) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = async (doing: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await doing();
      await queryClient.invalidateQueries({ queryKey });
      message.success(done);
      return true;
    } catch (err) {
      setError(errorMessage(t, err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { act, busy, error };
}
