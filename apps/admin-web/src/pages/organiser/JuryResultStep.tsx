import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { juryApi, type JuryTallyView } from '../../api/jury';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';

/**
 * The step that puts the jury's tally into the campaign's record once the jury has closed: until it is taken the
 * ranking has no jury part. Shows what will be recorded and asks before recording, because it never changes.
 */
export function JuryResultStep({ campaign, tally }: { campaign: Campaign; tally: JuryTallyView }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);

  if (tally.recorded) {
    return <Alert type="success" showIcon data-testid="jury-result-recorded" title={t('juryAdmin.recorded', { n: tally.recorded.validBallots })} />;
  }
  if (campaign.stage === 'jury') return <Alert type="info" showIcon title={t('juryAdmin.resultNotYet')} />;

  const pending = tally.progress.pending;
  const record = () =>
    modal.confirm({
      title: t('juryAdmin.recordConfirmTitle'),
      width: 520,
      content: (
        <>
          <Typography.Paragraph>{t('juryAdmin.recordConfirmBody', { n: tally.validBallots })}</Typography.Paragraph>
          <ul style={{ paddingLeft: 20 }}>
            {tally.candidates.map((c) => (
              <li key={c.candidacyId}>{t('juryAdmin.recordLine', { name: c.name, score: c.juryScore ?? t('juryAdmin.noScore') })}</li>
            ))}
          </ul>
        </>
      ),
      okText: t('juryAdmin.recordButton'),
      cancelText: t('juryAdmin.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await juryApi.recordResult(campaign.id);
          message.success(t('juryAdmin.recordedMessage'));
        } catch (err) {
          setError(errorMessage(t, err));
        }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['jury', campaign.id] }),
          queryClient.invalidateQueries({ queryKey: ['ranking', campaign.id] }),
        ]);
      },
    });

  return (
    <>
      <Typography.Paragraph>{t('juryAdmin.resultIntro')}</Typography.Paragraph>
      {pending > 0 && <Alert type="warning" showIcon title={t('juryAdmin.resultPending', { n: pending })} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" disabled={pending > 0} onClick={record}>
        {t('juryAdmin.recordButton')}
      </Button>
    </>
  );
}
