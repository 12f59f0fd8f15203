import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { electionApi } from '../../api/election';

/**
 * The delegate's receipt after casting: she keeps it, and once the round closes (the box is opened only then)
 * checks that her ballot is among those counted. Nothing in it names her or her choice.
 */
export function DelegateReceipt({ campaignId, receipt }: { campaignId: string; receipt: string }) {
  const { t } = useTranslation();
  const [counted, setCounted] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    try {
      setCounted((await electionApi.checkReceipt(campaignId, receipt)).counted);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ fontSize: 16, textAlign: 'left' }}>
      <div>{t('election.vote.receipt')}</div>
      <code data-testid="delegate-receipt" style={{ wordBreak: 'break-all', fontSize: 15 }}>
        {receipt}
      </code>
      <p>{t('election.vote.receiptNote')}</p>
      <Button onClick={check} loading={busy}>
        {t('election.vote.checkReceipt')}
      </Button>
      {counted !== null && (
        <Alert
          style={{ marginTop: 12 }}
          type={counted ? 'success' : 'info'}
          showIcon
          data-testid="delegate-receipt-status"
          title={counted ? t('election.vote.receiptCounted') : t('election.vote.receiptPending')}
        />
      )}
    </div>
  );
}
