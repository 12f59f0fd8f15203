import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { candidaciesApi } from '../../api/campaigns';
import { useModalSubmit } from '../../components/useRefreshingAction';

/**
 * The organiser records a shortlisted candidate's withdrawal for her, with her reason: the api replaces her with the
 * next eligible candidate in the ranking, as after a failed inspection.
 */
export function WithdrawFinalistButton({ candidacyId, name, onDone }: { candidacyId: string; name: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const { openModal, submit, error, modalProps } = useModalSubmit(onDone);
  const [form] = Form.useForm<{ reason: string }>();

  const withdraw = ({ reason }: { reason: string }) =>
    submit(() => candidaciesApi.withdrawOnBehalf(candidacyId, reason.trim()), t('campaignOrigin.withdraw.done'));

  return (
    <>
      <Button danger onClick={openModal} data-testid={`withdraw-${candidacyId}`}>
        {t('campaignOrigin.withdraw.button')}
      </Button>
      <Modal {...modalProps} title={t('campaignOrigin.withdraw.title')} onOk={() => form.submit()}>
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('campaignOrigin.withdraw.body', { name })}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" name="withdraw-finalist" onFinish={withdraw}>
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
