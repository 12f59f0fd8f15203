import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Popconfirm, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InvitationPlace, invitationsApi, type InvitedRole } from '../../api/invitations';
import { applyApiErrors, errorMessage } from '../../components/apiErrors';
import { formatInstant } from '../../components/refusalText';

/**
 * Invite by e-mail and the invitations still pending, with withdraw: on an organisation's card (fellow organisers,
 * `roles` = organiser) and on a campaign's Grants tab (expert, inspector, counting officer). `label` names the form
 * for assistive technology where several are on one page (one per organisation card); `title` is what is shown.
 */
export function InvitationsPanel({ place, roles, title, label = title }: { place: InvitationPlace; roles: InvitedRole[]; title: string; label?: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['invitations', 'campaignId' in place ? place.campaignId : place.organisationId];
  const pending = useQuery({ queryKey: key, queryFn: () => invitationsApi.pending(place) });
  const [form] = Form.useForm<{ email: string; name: string; role: InvitedRole }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formName = `invite-${key[1]}`;

  const invite = async (v: { email: string; name: string; role: InvitedRole }) => {
    setBusy(true);
    setError(null);
    try {
      await invitationsApi.invite(place, { email: v.email.trim(), name: v.name.trim(), ...(roles.length > 1 ? { role: v.role } : {}) });
      await queryClient.invalidateQueries({ queryKey: key });
      message.success(t('invitations.sent', { email: v.email.trim() }));
      form.resetFields();
    } catch (err) {
      const unplaced = applyApiErrors(form, err, t);
      if (unplaced.length || !(err as { fieldErrors?: unknown[] }).fieldErrors?.length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (invitationId: string) => {
    setError(null);
    try {
      await invitationsApi.withdraw(place, invitationId);
      await queryClient.invalidateQueries({ queryKey: key });
      message.success(t('invitations.withdrawn'));
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };

  return (
    <section aria-label={label} style={{ marginTop: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('invitations.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name={formName} layout="inline" style={{ rowGap: 8 }} aria-label={label} initialValues={{ role: roles[0] }} onFinish={invite}>
        <Form.Item name="email" label={t('invitations.email')} rules={[{ required: true, message: t('form.required', { label: t('invitations.email') }) }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('invitations.name')} rules={[{ required: true, message: t('form.required', { label: t('invitations.name') }) }]}>
          <Input />
        </Form.Item>
        {roles.length > 1 && (
          <Form.Item name="role" label={t('invitations.role')}>
            <Select style={{ minWidth: 140 }} options={roles.map((r) => ({ value: r, label: t(`invitations.roles.${r}`) }))} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('invitations.send')}
        </Button>
      </Form>
      <Table
        size="small"
        style={{ marginTop: 12 }}
        rowKey="id"
        pagination={false}
        loading={pending.isLoading}
        locale={{ emptyText: t('invitations.none') }}
        dataSource={pending.data ?? []}
        aria-label={t('invitations.pending')}
        columns={[
          { title: t('invitations.name'), dataIndex: 'name' },
          { title: t('invitations.email'), dataIndex: 'email' },
          { title: t('invitations.role'), render: (_, i) => t(`invitations.roles.${i.role}`) },
          { title: t('invitations.expiresAt'), render: (_, i) => formatInstant(i.expiresAt, i18n.language) },
          {
            title: '',
            render: (_, i) => (
              <Popconfirm title={t('invitations.withdrawConfirm')} onConfirm={() => withdraw(i.id)}>
                <Button danger size="small">
                  {t('invitations.withdraw')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </section>
  );
}
