import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentsApi } from '../api/attachments';
import { errorMessage } from './apiErrors';

/** Opens a printable form (报名表, 评分表) as PDF in a new tab; the PDF is fetched with her token, then shown from a blob. */
export function PrintButton({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await attachmentsApi.openPrintable(path);
    } catch (err) {
      message.error(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button loading={busy} onClick={() => void print()}>
      {label}
    </Button>
  );
}
