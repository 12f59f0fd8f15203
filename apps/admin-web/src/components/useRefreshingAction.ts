import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './apiErrors';

/** What a panel reads again after a change: the queries it shows (all invalidated at once), or its own way. */
export type Refresh = readonly QueryKey[] | (() => Promise<unknown>);

/** A refusal in the panel's words; the election and results screens have words of their own for some. */
export type DescribeError = (t: TFunction, err: unknown) => string;

/**
 * One change at a time on a panel: `act(doing, done)` runs the call, reads the panel's queries again and says
 * `done`, or shows the refusal in `error`; it answers whether the change went through (e.g. to clear a form).
 */
export function useRefreshingAction(refresh: Refresh, describeError: DescribeError = errorMessage) {
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
      await (typeof refresh === 'function' ? refresh() : Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey }))));
      message.success(done);
      return true;
    } catch (err) {
      setError(describeError(t, err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { act, busy, error };
}

/**
 * A button that opens a confirmation (often with a small form) for one change: `submit(doing, done)` is `act` that
 * also closes the modal when the change went through; a refusal keeps it open, with the reason in `error`.
 * `modalProps` are the props every such antd Modal shares (open, confirm/cancel, busy, made anew each time).
 */
export function useModalSubmit(refresh: Refresh, describeError?: DescribeError) {
  const { t } = useTranslation();
  const { act, busy, error } = useRefreshingAction(refresh, describeError);
  const [open, setOpen] = useState(false);

  const openModal = () => setOpen(true);
  const closeModal = () => setOpen(false);
  const submit = async (doing: () => Promise<unknown>, done: string): Promise<boolean> => {
    const wentThrough = await act(doing, done);
    if (wentThrough) closeModal();
    return wentThrough;
  };
  const modalProps = {
    open,
    okText: t('app.confirm'),
    cancelText: t('app.cancel'),
    confirmLoading: busy,
    onCancel: closeModal,
    destroyOnHidden: true,
  };
  return { openModal, closeModal, submit, busy, error, modalProps };
}
