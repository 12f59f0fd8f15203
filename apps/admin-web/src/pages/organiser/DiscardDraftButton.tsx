import { DeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import type { Campaign } from '../../api/types';
import { useModalSubmit } from '../../components/useRefreshingAction';

/** Discards a draft behind a confirmation that says it cannot be undone; then back to the (shorter) list. */
export function DiscardDraftButton({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ reason?: string }>();
  // The list loses the draft; the draft's own page is gone, so its query is dropped rather than read again.
  const { openModal, submit, error, modalProps } = useModalSubmit(async () => {
    await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    queryClient.removeQueries({ queryKey: ['campaign', campaign.id] });
  });

  const discard = async () => {
    if (await submit(() => campaignsApi.discard(campaign.id, form.getFieldValue('reason')?.trim() || undefined), t('forms.discard.done')))
      navigate('/campaigns');
  };

  return (
    <>
      <Button danger icon={<DeleteOutlined aria-hidden />} onClick={openModal}>
        {t('forms.discard.button')}
      </Button>
      <Modal
        {...modalProps}
        title={t('forms.discard.title', { title: campaign.title })}
        okText={t('forms.discard.confirm')}
        okButtonProps={{ danger: true }}
        onOk={discard}
      >
        <Typography.Paragraph style={{ fontSize: 17 }}>{t('forms.discard.body')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} name="discardDraft" layout="vertical">
          <Form.Item name="reason" label={t('forms.discard.reason')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
