import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import type { Timeline } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';
import { NumberInput } from '../../components/NumberInput';

const DATE_KEYS = ['candidacyOpensAt', 'candidacyClosesAt', 'projectReviewClosesAt', 'juryClosesAt', 'congressAt'] as const;
const DAY_MS = 86_400_000;
const show = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/**
 * Copy a past campaign as a new draft: she picks it, names the copy and says when its candidacy opens; every date
 * moves by the same whole number of days (previewed here, computed the same way by the api from `shiftDays`).
 */
export function CopyCampaignPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const campaigns = useQuery({ queryKey: ['campaigns'], queryFn: campaignsApi.list });
  const [sourceId, setSourceId] = useState<string>();
  const [title, setTitle] = useState('');
  const [opensOn, setOpensOn] = useState<Dayjs | null>(null);
  const [days, setDays] = useState<number | string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const source = campaigns.data?.find((c) => c.id === sourceId);
  const timeline: Timeline = source?.config.timeline ?? {};
  const opening = timeline.candidacyOpensAt;
  // Whole calendar days in her own zone between the old opening day and the new one; the time of day stays.
  const shiftDays = opening
    ? opensOn
      ? opensOn.startOf('day').diff(dayjs(opening).startOf('day'), 'day')
      : undefined
    : days === undefined || days === ''
      ? undefined
      : Number(days);
  const rows = DATE_KEYS.filter((k) => timeline[k]).map((k) => ({
    key: k,
    label: t(`form.${k}`, { defaultValue: t(`campaignOrigin.extend.deadlines.${k}`, { defaultValue: k }) }),
    from: show(timeline[k]!),
    to: shiftDays === undefined || !Number.isInteger(shiftDays) ? '—' : show(new Date(Date.parse(timeline[k]!) + shiftDays * DAY_MS).toISOString()),
  }));

  const copy = async () => {
    if (!sourceId) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await campaignsApi.clone(sourceId, { ...(title.trim() ? { title: title.trim() } : {}), shiftDays: shiftDays ?? 0 });
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      message.success(t('campaignOrigin.copied'));
      navigate(`/campaigns/${outcome.result!.campaignId}`);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    // No <form>: Enter in the date box confirms the day typed there, never "copy now".
    <Form layout="vertical" size="large" name="copy-campaign" component="div">
      <Typography.Paragraph>{t('campaignOrigin.copyNothingPersonal')}</Typography.Paragraph>
      <Form.Item label={t('campaignOrigin.copySource')} htmlFor="copy-source" required>
        <Select
          id="copy-source"
          showSearch
          optionFilterProp="label"
          placeholder={t('campaignOrigin.copySourcePlaceholder')}
          loading={campaigns.isLoading}
          value={sourceId}
          onChange={(id: string) => {
            setSourceId(id);
            const chosen = campaigns.data?.find((c) => c.id === id);
            if (chosen && !title) setTitle(chosen.title);
          }}
          options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
        />
      </Form.Item>
      {source && (
        <>
          <Form.Item label={t('campaignOrigin.copyTitle')} htmlFor="copy-title">
            <Input id="copy-title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          </Form.Item>
          {opening ? (
            <Form.Item label={t('campaignOrigin.copyOpensOn')} extra={t('campaignOrigin.copyOpensOnHelp')} htmlFor="copy-opens-on" required>
              <DatePicker id="copy-opens-on" value={opensOn} onChange={setOpensOn} format="YYYY-MM-DD" style={{ width: 220 }} />
            </Form.Item>
          ) : (
            <Form.Item label={t('campaignOrigin.copyShiftDays')} extra={t('campaignOrigin.copyNoOpening')} htmlFor="copy-shift-days">
              <NumberInput id="copy-shift-days" valueAs="number" value={days} onChange={(v) => setDays(v ?? undefined)} style={{ width: 220 }} />
            </Form.Item>
          )}
          {rows.length > 0 && (
            <>
              <Typography.Title level={3} style={{ fontSize: 17 }}>
                {t('campaignOrigin.copyPreview')}
              </Typography.Title>
              <Table
                size="small"
                pagination={false}
                data-testid="copy-preview"
                dataSource={rows}
                columns={[
                  { title: '', dataIndex: 'label' },
                  { title: t('campaignOrigin.copyPreviewFrom'), dataIndex: 'from' },
                  { title: t('campaignOrigin.copyPreviewTo'), dataIndex: 'to' },
                ]}
                style={{ marginBottom: 16 }}
              />
            </>
          )}
        </>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" onClick={copy} loading={busy} disabled={!source || (!!opening && !opensOn)}>
        {t('campaignOrigin.copySubmit')}
      </Button>
    </Form>
  );
}
