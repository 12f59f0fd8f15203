import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MyData as MyDataExport, personalDataApi } from '../../api/personalData';
import { errorMessage } from '../../components/apiErrors';
import { PageLoading } from '../../components/PageLoading';
import { NotificationPreferencesCard } from './NotificationPreferencesCard';

/** Offers the export as a file the browser saves, named by the day it was taken. */
function saveAsJson(data: MyDataExport): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `my-data-${dayjs(data.exportedAt).format('YYYY-MM-DD')}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/** 我的数据 / My data: download everything held about me, and ask for its erasure. */
export function MyData() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useQuery({ queryKey: ['me', 'data'], queryFn: personalDataApi.mine });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (mine.isLoading) return <PageLoading />;
  if (!mine.data) return <Alert type="error" showIcon title={errorMessage(t, mine.error)} />;
  const erasure = mine.data.erasureRequest;
  const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

  const requestErasure = async () => {
    setBusy(true);
    setError(null);
    try {
      await personalDataApi.requestErasure();
      await queryClient.invalidateQueries({ queryKey: ['me', 'data'] });
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {t('privacy.myData.title')}
      </Typography.Title>
      <Card className="section-card">
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('privacy.myData.intro')}</Typography.Paragraph>
        <Typography.Paragraph>{t('privacy.myData.candidacies', { count: mine.data.candidacies.length })}</Typography.Paragraph>
        <Button type="primary" size="large" onClick={() => saveAsJson(mine.data!)} data-testid="download-my-data">
          {t('privacy.myData.download')}
        </Button>
      </Card>
      <Card className="section-card" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('privacy.myData.erasureTitle')}</h2>}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text>{t('privacy.myData.erasureIntro')}</Typography.Text>
          {error && <Alert type="error" showIcon title={error} />}
          {erasure && (
            <div data-testid="erasure-request">
              <div>{t('privacy.myData.requestedAt', { at: time(erasure.requestedAt) })}</div>
              <div>{erasure.erasableFrom ? t('privacy.myData.erasableFrom', { at: time(erasure.erasableFrom) }) : t('privacy.myData.pending')}</div>
              {erasure.erasedAt && <div>{t('privacy.myData.erasedAt', { at: time(erasure.erasedAt) })}</div>}
            </div>
          )}
          <Button size="large" loading={busy} onClick={requestErasure}>
            {t('privacy.myData.requestErasure')}
          </Button>
        </Space>
      </Card>
      <NotificationPreferencesCard />
    </>
  );
}
