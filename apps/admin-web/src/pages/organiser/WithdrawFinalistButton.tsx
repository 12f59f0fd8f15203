import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidaciesApi } from '../../api/campaigns';
import { errorMessage } from '../../components/apiErrors';

/**
 * The organiser records a shortlisted candidate's withdrawal for her, with her reason: the api replaces her with the
 * next eligible candidate in the ranking, as after a failed inspection.
 */
export function WithdrawFinalistButton({ candidacyId, name, onDone }: { candidacyId: string; name: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await candidaciesApi.withdrawOnBehalf(candidacyId, reason.trim());
      message.success(t('campaignOrigin.withdraw.done'));
      setOpen(false);
      await onDone();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid={`withdraw-${candidacyId}`}>
        {t('campaignOrigin.withdraw.button')}
      </Button>
      <Modal
        open={open}
        title={t('campaignOrigin.withdraw.title')}
        okText={t('app.confirm')}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('campaignOrigin.withdraw.body', { name })}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" name="withdraw-finalist" onFinish={submit}>
          <Form.Item
            name="reason"
            label={t('campaignOrigin.withdraw.reason')}
            rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('campaignOrigin.withdraw.reason') }) }, { max: 1000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
