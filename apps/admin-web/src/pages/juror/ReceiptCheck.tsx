import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { juryApi, type ReceiptStatus } from '../../api/jury';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { PublicShell } from '../../components/PublicShell';

/** Public: anyone checks whether a receipt is among the counted ballots (?campaign=<id>&receipt=<hex>). */
export function ReceiptCheck() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form] = Form.useForm<{ campaignId: string; receipt: string }>();
  const [status, setStatus] = useState<ReceiptStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (v: { campaignId: string; receipt: string }) => {
    setError(null);
    setStatus(null);
    try {
      setStatus((await juryApi.checkReceipt(v.campaignId.trim(), v.receipt.replace(/\s/g, ''))).status);
    } catch (err) {
      if (!applyApiErrors(form, err, t).length) setError(errorMessage(t, err));
    }
  };
  return (
    <PublicShell>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('jury.checkTitle')}
      </Typography.Title>
      <Card>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          name="receiptCheck"
          layout="vertical"
          size="large"
          onFinish={onFinish}
          initialValues={{ campaignId: params.get('campaign') ?? '', receipt: params.get('receipt') ?? '' }}
        >
          <Form.Item name="campaignId" label={t('jury.campaignId')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="receipt" label={t('jury.receipt')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block>
            {t('jury.checkReceipt')}
          </Button>
        </Form>
        {status && <Alert type={status === 'counted' ? 'success' : 'info'} showIcon title={t(`jury.status.${status}`)} style={{ marginTop: 16 }} />}
      </Card>
    </PublicShell>
  );
}
