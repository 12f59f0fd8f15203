import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { type Objection, resultsApi, type ResultsView } from '../../api/results';
import type { Campaign } from '../../api/types';
import { placeResultsErrors, resultsError, when } from '../public/resultsCommon';
import { allows } from '../../api/stages';

/**
 * Anonymous objections wait here until the organiser admits one for the record (it is then public, and answered
 * below) or dismisses a selection of them with one reason — so a flood of spam is neither published nor answered
 * one by one. Dismissed ones stay listed for her, with the reason, and are never published.
 */
export function ObjectionModeration({ campaign, view, onChanged }: { campaign: Campaign; view: ResultsView; onChanged: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const pending = view.objections.filter((o) => o.status === 'pending');
  const dismissed = view.objections.filter((o) => o.status === 'dismissed');
  const answering = allows(campaign, 'answer-objections');
  if (!answering && dismissed.length === 0) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', marginBottom: 16 }} data-testid="objection-moderation">
      {answering && (
        <>
          <Typography.Title level={3} id="objection-review-heading" style={{ fontSize: 17, margin: 0 }}>
            {t('results.moderation.heading')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('results.moderation.intro')}
          </Typography.Paragraph>
          {pending.length === 0 ? (
            <Typography.Paragraph style={{ margin: 0 }}>{t('results.moderation.none')}</Typography.Paragraph>
          ) : (
            <PendingObjections campaign={campaign} pending={pending} onChanged={onChanged} />
          )}
        </>
      )}
      {dismissed.length > 0 && (
        <details data-testid="dismissed-objections">
          <summary>{t('results.moderation.dismissedHeading', { count: dismissed.length })}</summary>
          <ul>
            {dismissed.map((o) => (
              <li key={o.objectionId} style={{ whiteSpace: 'pre-wrap' }}>
                {when(o.lodgedAt, i18n.language)}：{o.text}（{t('results.moderation.dismissedReason')}：{o.dismissalReason}）
              </li>
            ))}
          </ul>
        </details>
      )}
    </Space>
  );
}

function PendingObjections({ campaign, pending, onChanged }: { campaign: Campaign; pending: Objection[]; onChanged: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ objectionIds: string[]; reason: string }>();
  const chosen: string[] = Form.useWatch('objectionIds', form) ?? [];
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const admit = async (objectionId: string) => {
    setBusy(objectionId);
    setError(null);
    try {
      await resultsApi.admit(campaign.id, objectionId);
      message.success(t('results.moderation.admitted'));
      form.setFieldValue(
        'objectionIds',
        chosen.filter((id) => id !== objectionId),
      );
      await onChanged();
    } catch (err) {
      setError(resultsError(t, err));
    } finally {
      setBusy(null);
    }
  };

  const dismiss = async (v: { objectionIds: string[]; reason: string }) => {
    setBusy('dismiss');
    setError(null);
    try {
      await resultsApi.dismiss(campaign.id, v.objectionIds, v.reason);
      message.success(t('results.moderation.dismissed', { count: v.objectionIds.length }));
      form.resetFields();
      await onChanged();
    } catch (err) {
      setError(placeResultsErrors(form, err, t));
    } finally {
      setBusy(null);
    }
  };

  const allChosen = chosen.length === pending.length;
  return (
    <>
      {error && <Alert type="error" showIcon title={error} data-testid="moderation-error" />}
      <Form form={form} name="dismissObjections" layout="vertical" onFinish={dismiss} initialValues={{ objectionIds: [] }}>
        <Checkbox
          checked={allChosen}
          indeterminate={chosen.length > 0 && !allChosen}
          onChange={(e) => form.setFieldValue('objectionIds', e.target.checked ? pending.map((o) => o.objectionId) : [])}
          style={{ marginBottom: 8 }}
        >
          {t('results.moderation.selectAll')}
        </Checkbox>
        <Form.Item name="objectionIds" rules={[{ required: true, type: 'array', min: 1, message: t('results.moderation.chooseRequired') }]}>
          <CheckboxGroup labelledBy="objection-review-heading" style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%' }}>
            {pending.map((o) => (
              <Card key={o.objectionId} size="small" data-testid="pending-objection" style={{ width: '100%' }}>
                <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                  <Checkbox value={o.objectionId} aria-label={`${t('results.moderation.select')}：${o.text.slice(0, 40)}`}>
                    <Typography.Text type="secondary">
                      {when(o.lodgedAt, i18n.language)}
                      {o.contact ? ` · ${t('results.objections.contact')}：${o.contact}` : ''}
                    </Typography.Text>
                  </Checkbox>
                  <Button onClick={() => admit(o.objectionId)} loading={busy === o.objectionId} data-testid="admit-objection">
                    {t('results.moderation.admit')}
                  </Button>
                </Space>
                <Typography.Paragraph style={{ fontSize: 16, whiteSpace: 'pre-wrap', margin: '8px 0 0' }}>{o.text}</Typography.Paragraph>
              </Card>
            ))}
          </CheckboxGroup>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('results.moderation.reason')}
          rules={[{ required: true, whitespace: true, message: t('results.moderation.reasonRequired') }, { max: 1000 }]}
        >
          <Input.TextArea rows={2} placeholder={t('results.moderation.reasonPlaceholder')} />
        </Form.Item>
        <Button danger htmlType="submit" loading={busy === 'dismiss'} disabled={chosen.length === 0} data-testid="dismiss-objections">
          {t('results.moderation.dismiss', { count: chosen.length })}
        </Button>
      </Form>
    </>
  );
}
