import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, List, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Attachment, attachmentsApi } from '../api/attachments';
import { errorMessage } from './apiErrors';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * The files of one proposal: the candidate attaches them while candidacy is open; whoever may read them opens
 * one here, in place (a PDF in a frame, a photo as an image) — beside the score sheet on the expert's page.
 */
export function AttachmentsPanel({ candidacyId, canUpload }: { candidacyId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const files = useQuery({ queryKey: ['attachments', candidacyId], queryFn: () => attachmentsApi.list(candidacyId) });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<{ file: Attachment; url: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => () => (open ? URL.revokeObjectURL(open.url) : undefined), [open]);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const stored = await attachmentsApi.upload(candidacyId, file);
      message.success(t('attachments.uploaded', { name: stored.fileName }));
      await queryClient.invalidateQueries({ queryKey: ['attachments', candidacyId] });
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const show = async (file: Attachment) => {
    setError(null);
    try {
      setOpen({ file, url: await attachmentsApi.objectUrl(candidacyId, file.id) });
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };

  return (
    <section aria-labelledby={`attachments-${candidacyId}`}>
      <Typography.Title level={2} id={`attachments-${candidacyId}`} style={{ fontSize: 18 }}>
        {t('attachments.title')}
      </Typography.Title>
      {canUpload && (
        <Space orientation="vertical" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t('attachments.hint')}</Typography.Text>
          <input ref={input} type="file" accept={ACCEPT} aria-label={t('attachments.upload')} hidden onChange={(e) => void upload(e.target.files?.[0])} />
          <Button loading={busy} onClick={() => input.current?.click()}>
            {t('attachments.upload')}
          </Button>
        </Space>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <List
        size="small"
        loading={files.isLoading}
        locale={{ emptyText: t('attachments.none') }}
        dataSource={files.data ?? []}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button key="open" size="small" onClick={() => void show(file)} aria-label={`${t('attachments.open')} ${file.fileName}`}>
                {t('attachments.open')}
              </Button>,
            ]}
          >
            {file.fileName} <Typography.Text type="secondary">（{Math.ceil(file.sizeBytes / 1024)} KB）</Typography.Text>
          </List.Item>
        )}
      />
      {open && (
        <div style={{ marginTop: 12 }}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('attachments.viewerTitle', { name: open.file.fileName })}</Typography.Text>
            <Button size="small" onClick={() => setOpen(null)}>
              {t('attachments.close')}
            </Button>
            <a href={open.url} download={open.file.fileName}>
              {t('attachments.download')}
            </a>
          </Space>
          {open.file.mediaType === 'application/pdf' ? (
            <iframe
              title={t('attachments.viewerTitle', { name: open.file.fileName })}
              src={open.url}
              style={{ width: '100%', height: '70vh', border: '1px solid #d9d9d9' }}
            />
          ) : (
            <img src={open.url} alt={open.file.fileName} style={{ maxWidth: '100%' }} />
          )}
        </div>
      )}
    </section>
  );
}
