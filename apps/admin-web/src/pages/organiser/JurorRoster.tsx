import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IssuedCredential, juryApi, type JurorListView, type JurorStatus, type JurorView } from '../../api/jury';
import { errorMessage } from '../../components/apiErrors';
import { type StatusColour, StatusTag } from '../../components/StatusTag';

const COLOUR: Record<JurorStatus, StatusColour> = { 'not-opened': 'grey', opened: 'gold', voted: 'green', revoked: 'red' };

/**
 * The roster as the organiser follows it on the day: who has not opened her code, who opened it, whose code was
 * revoked (with the reason) — and, once the jury has closed, who voted (while jurors vote, a roster that changed as a
 * ballot landed would say whose it was). She can revoke a code until its juror votes, and replace a code never opened.
 */
export function JurorRoster({
  campaignId,
  roster,
  loading,
  editable,
  onIssued,
}: {
  campaignId: string;
  roster: JurorListView | undefined;
  loading: boolean;
  editable: boolean;
  onIssued: (cards: IssuedCredential[]) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<JurorView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['jury', campaignId] });

  const reissue = (juror: JurorView) =>
    modal.confirm({
      title: t('juryAdmin.reissueTitle', { name: juror.name }),
      content: t('juryAdmin.reissueIntro'),
      okText: t('juryAdmin.confirm'),
      cancelText: t('juryAdmin.cancel'),
      onOk: async () => {
        setError(null);
        try {
          const { credentials } = await juryApi.reissue(campaignId, juror.jurorId);
          onIssued(credentials.map((c) => ({ ...c, name: juror.name, ...(juror.reference ? { reference: juror.reference } : {}) })));
          message.success(t('juryAdmin.reissued'));
        } catch (err) {
          setError(errorMessage(t, err));
        }
        await refresh();
      },
    });

  return (
    <>
      {roster && (
        <Typography.Paragraph data-testid="jury-roster-summary">
          {t(roster.votedKnown ? 'juryAdmin.rosterSummary' : 'juryAdmin.rosterSummaryWhileVoting', {
            total: roster.total,
            notOpened: roster.notOpened,
            opened: roster.opened,
            voted: roster.voted,
            revoked: roster.revoked,
          })}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<JurorView>
        rowKey="jurorId"
        size="middle"
        loading={loading}
        dataSource={roster?.jurors ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('juryAdmin.noJurors') }}
        columns={[
          { title: t('juryAdmin.name'), dataIndex: 'name' },
          { title: t('juryAdmin.reference'), dataIndex: 'reference', render: (r: string | null) => r ?? '—' },
          {
            title: t('juryAdmin.credential'),
            dataIndex: 'status',
            render: (s: JurorStatus, j) => (
              <>
                <StatusTag colour={COLOUR[s]}>{t(`juryAdmin.status.${s}`)}</StatusTag>
                {j.revokeReason && <div style={{ fontSize: 13 }}>{t('juryAdmin.revokeReason', { reason: j.revokeReason })}</div>}
              </>
            ),
          },
          ...(editable
            ? [
                {
                  title: t('juryAdmin.actions'),
                  key: 'actions',
                  render: (_: unknown, j: JurorView) => (
                    <Space wrap>
                      {(j.status === 'not-opened' || j.status === 'opened') && (
                        <Button size="small" danger onClick={() => setRevoking(j)}>
                          {t('juryAdmin.revoke')}
                        </Button>
                      )}
                      {j.status === 'not-opened' && (
                        <Button size="small" onClick={() => reissue(j)}>
                          {t('juryAdmin.reissue')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {revoking && (
        <RevokeDialog
          campaignId={campaignId}
          juror={revoking}
          onClose={async (done) => {
            setRevoking(null);
            if (done) {
              message.success(t('juryAdmin.revoked', { name: revoking.name }));
              await refresh();
            }
          }}
        />
      )}
    </>
  );
}

function RevokeDialog({ campaignId, juror, onClose }: { campaignId: string; juror: JurorView; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await juryApi.revoke(campaignId, juror.jurorId, reason.trim());
      onClose(true);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('juryAdmin.revokeTitle', { name: juror.name })}
      okText={t('juryAdmin.revoke')}
      cancelText={t('juryAdmin.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('juryAdmin.revokeIntro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="revokeJuror" layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('juryAdmin.reason')} rules={[{ required: true, whitespace: true, message: t('juryAdmin.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
