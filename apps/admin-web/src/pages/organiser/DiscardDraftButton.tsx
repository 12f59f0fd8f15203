import { DeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import type { Campaign } from '../../api/types';
import { errorMessage } from '../../components/apiErrors';

/** Discards a draft behind a confirmation that says it cannot be undone; then back to the (shorter) list. */
export function DiscardDraftButton({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ reason?: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await campaignsApi.discard(campaign.id, form.getFieldValue('reason')?.trim() || undefined);
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      queryClient.removeQueries({ queryKey: ['campaign', campaign.id] });
      message.success(t('forms.discard.done'));
      navigate('/campaigns');
    } catch (err) {
      setError(errorMessage(t, err));
      setBusy(false);
    }
  };

  return (
    <>
      <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('forms.discard.button')}
      </Button>
      <Modal
        open={open}
        title={t('forms.discard.title', { title: campaign.title })}
        okText={t('forms.discard.confirm')}
        okButtonProps={{ danger: true }}
        cancelText={t('app.cancel')}
        confirmLoading={busy}
        onOk={confirm}
        onCancel={() => setOpen(false)}
        destroyOnHidden
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
