import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Space, Table, Typography, Upload } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { numberRule } from '../../components/numberLimits';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type DelegateRoster, type ElectionOverview, electionApi } from '../../api/election';
import type { Campaign } from '../../api/types';
import { applyApiErrors } from '../../components/apiErrors';
import { StatusTag } from '../../components/StatusTag';
import { electionError, localiseFieldErrors, QuorumStatus } from './electionShared';

const DELEGATE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const HEADER_IDS = new Set(['编号', '代表编号', 'id', 'delegateid', 'delegate_id', 'delegate id']);

interface ParsedLine {
  line: number;
  delegateId: string;
  name?: string;
}

/** "编号,姓名" per line (comma, Chinese comma or tab); a header line is skipped. Returns the lines or the first bad one. */
export function parseDelegateList(text: string): { delegates: ParsedLine[]; bad: number | null } {
  const delegates: ParsedLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    const [idPart, ...rest] = raw.split(/[,，\t]/);
    const delegateId = idPart.trim().replace(/^\uFEFF/, '');
    if (delegates.length === 0 && HEADER_IDS.has(delegateId.toLowerCase())) continue;
    if (!DELEGATE_ID.test(delegateId)) return { delegates, bad: i + 1 };
    const name = rest.join(',').trim();
    delegates.push({ line: i + 1, delegateId, ...(name ? { name } : {}) });
  }
  return { delegates, bad: null };
}

/** Registration (list / CSV / count) until the first round opens; check-in with the live count and quorum. */
export function ElectionDelegates({
  campaign,
  overview,
  roster,
  rosterOpen,
  canCheckIn,
}: {
  campaign: Campaign;
  overview: ElectionOverview;
  roster: UseQueryResult<DelegateRoster>;
  rosterOpen: boolean;
  canCheckIn: boolean;
}) {
  const { t } = useTranslation();
  const r = roster.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {r && r.registered > 0 ? (
        <>
          <Typography.Paragraph style={{ fontSize: 18, marginBottom: 0 }} data-testid="delegate-count">
            {t('election.delegates.summary', { registered: r.registered, present: r.present })}
          </Typography.Paragraph>
          <QuorumStatus registered={r.registered} present={r.present} quorum={overview.rules.quorum} />
        </>
      ) : (
        <Alert type="info" showIcon title={t('election.delegates.noDelegates')} />
      )}
      {rosterOpen ? <RegisterDelegates campaign={campaign} /> : <Alert type="info" showIcon title={t('election.delegates.closed')} />}
      {r && r.registered > 0 && <Roster campaign={campaign} roster={r} canCheckIn={canCheckIn} canWithdraw={canCheckIn && !overview.openRoundId} />}
    </Space>
  );
}

function RegisterDelegates({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ mode: 'list' | 'count'; list?: string; count?: number }>();
  const mode = Form.useWatch('mode', form) ?? 'list';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (v: { mode: 'list' | 'count'; list?: string; count?: number }) => {
    setError(null);
    let lines: ParsedLine[] = [];
    if (v.mode === 'list') {
      const parsed = parseDelegateList(v.list ?? '');
      if (parsed.bad !== null) {
        form.setFields([{ name: 'list', errors: [t('election.delegates.lineBad', { line: parsed.bad })] }]);
        return;
      }
      if (!parsed.delegates.length) {
        form.setFields([{ name: 'list', errors: [t('election.delegates.listEmpty')] }]);
        return;
      }
      lines = parsed.delegates;
    }
    setBusy(true);
    try {
      const res = await electionApi.register(
        campaign.id,
        v.mode === 'list' ? { delegates: lines.map(({ delegateId, name }) => ({ delegateId, ...(name ? { name } : {}) })) } : { count: v.count! },
      );
      message.success(t('election.delegates.registered', { n: res.result?.registered ?? '', total: res.result?.totalRegistered ?? '' }));
      form.setFieldsValue({ list: '', count: undefined });
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
    } catch (err) {
      // "delegates.3.delegateId" concerns line 4 of the text (blank and header lines skipped): say which.
      let shown = localiseFieldErrors(t, err, undefined, v.mode === 'list' ? 'list' : 'count');
      if (shown instanceof ApiError && v.mode === 'list') {
        shown = new ApiError(
          shown.status,
          shown.message,
          shown.code,
          shown.fieldErrors.map((f) => {
            const m = /^delegates\.(\d+)/.exec(f.field);
            const line = m ? lines[Number(m[1])] : undefined;
            return {
              field: 'list',
              message: line ? t('election.delegates.lineError', { line: line.line, id: line.delegateId, message: f.message }) : f.message,
            };
          }),
        );
      }
      if (!applyApiErrors(form, shown, t, { delegates: 'list' }).length) setError(electionError(t, err));
    } finally {
      setBusy(false);
    }
  };

  const readFile = async (file: File) => {
    const text = await file.text();
    form.setFieldsValue({ list: text.replace(/^\uFEFF/, '') });
    form.setFields([{ name: 'list', errors: [] }]);
    return false;
  };

  return (
    <section aria-labelledby="register-delegates-heading">
      <Typography.Title level={4} id="register-delegates-heading" style={{ fontSize: 17 }}>
        {t('election.delegates.registerTitle')}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="delegates" layout="vertical" initialValues={{ mode: 'list' }} onFinish={submit} style={{ maxWidth: 640 }}>
        <Form.Item name="mode" label={t('election.delegates.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'list', label: t('election.delegates.listMode') },
              { value: 'count', label: t('election.delegates.countMode') },
            ]}
          />
        </Form.Item>
        {mode === 'list' ? (
          <>
            <Form.Item name="list" label={t('election.delegates.list')} extra={t('election.delegates.listHelp')}>
              <Input.TextArea rows={6} placeholder={'hz-001,王红\nhz-002,李梅'} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            <Upload accept=".csv,.txt,text/csv,text/plain" showUploadList={false} beforeUpload={readFile} maxCount={1}>
              <Button style={{ marginBottom: 16 }}>{t('election.delegates.importFile')}</Button>
            </Upload>
          </>
        ) : (
          <Form.Item
            name="count"
            label={t('election.delegates.count')}
            extra={t('election.delegates.countHelp')}
            rules={[{ required: true, message: t('election.paper.required') }, numberRule(t, { min: 1, max: 5000 })]}
          >
            <NumberInput valueAs="number" style={{ width: 200 }} />
          </Form.Item>
        )}
        <div>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('election.delegates.register')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

type RosterDelegate = DelegateRoster['delegates'][number];

/** Withdrawing a mistaken check-in: the reason is required and recorded. */
function WithdrawCheckIn({ campaign, delegate, onDone }: { campaign: Campaign; delegate: RosterDelegate | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const name = delegate ? delegate.name || delegate.delegateId : '';
  const submit = async ({ reason }: { reason: string }) => {
    if (!delegate) return;
    setBusy(true);
    try {
      await electionApi.cancelCheckIn(campaign.id, delegate.delegateId, reason);
      message.success(t('election.delegates.withdrawn', { name }));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
      onDone();
    } catch (err) {
      applyApiErrors(form, localiseFieldErrors(t, err, undefined, 'reason'), t, { delegateId: 'reason' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={!!delegate}
      title={t('election.delegates.withdrawTitle', { name })}
      okText={t('election.delegates.withdraw')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onDone}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('election.delegates.withdrawHint')}</Typography.Paragraph>
      <Form form={form} name="withdrawCheckIn" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label={t('election.delegates.withdrawReason')}
          rules={[{ required: true, whitespace: true, message: t('election.paper.required') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Roster({ campaign, roster, canCheckIn, canWithdraw }: { campaign: Campaign; roster: DelegateRoster; canCheckIn: boolean; canWithdraw: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ ids: string }>();
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<RosterDelegate | null>(null);

  const checkIn = async (ids: string[], fromForm: boolean) => {
    setBusy(fromForm ? '*' : ids[0]);
    try {
      const res = await electionApi.checkIn(campaign.id, ids);
      message.success(t('election.delegates.checkedIn', { n: res.result?.checkedIn ?? ids.length }));
      if (fromForm) form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
    } catch (err) {
      // Every refusal of a check-in concerns the ids typed (or the row's delegate).
      if (fromForm) applyApiErrors(form, localiseFieldErrors(t, err, undefined, 'ids'), t, { delegateIds: 'ids', delegateId: 'ids' });
      else message.error(electionError(t, err));
    } finally {
      setBusy(null);
    }
  };

  const q = search.trim().toLowerCase();
  const shown = q ? roster.delegates.filter((d) => d.delegateId.toLowerCase().includes(q) || d.name.toLowerCase().includes(q)) : roster.delegates;
  return (
    <section aria-labelledby="roster-heading">
      <Typography.Title level={4} id="roster-heading" style={{ fontSize: 17 }}>
        {t('election.delegates.checkIn')}
      </Typography.Title>
      {canCheckIn && (
        <Form
          form={form}
          name="checkIn"
          layout="inline"
          onFinish={(v) => checkIn(v.ids.split(/[\s,，、;；]+/).filter(Boolean), true)}
          style={{ marginBottom: 12, rowGap: 8 }}
        >
          <Form.Item
            name="ids"
            label={t('election.delegates.columns.id')}
            rules={[{ required: true, whitespace: true, message: t('election.paper.required') }]}
          >
            <Input placeholder="D0001 D0002" style={{ minWidth: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy === '*'}>
            {t('election.delegates.checkIn')}
          </Button>
        </Form>
      )}
      <Typography.Paragraph type="secondary">{t('election.delegates.live')}</Typography.Paragraph>
      <Input.Search
        aria-label={t('election.delegates.search')}
        placeholder={t('election.delegates.search')}
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ maxWidth: 320, marginBottom: 12 }}
      />
      <Table
        rowKey="delegateId"
        size="middle"
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 560 }}
        data-testid="delegate-roster"
        columns={[
          { title: t('election.delegates.columns.id'), dataIndex: 'delegateId' },
          { title: t('election.delegates.columns.name'), dataIndex: 'name' },
          {
            title: t('election.delegates.columns.status'),
            dataIndex: 'checkedIn',
            render: (v: boolean) => (
              <StatusTag colour={v ? 'green' : 'grey'}>{v ? t('election.delegates.status.in') : t('election.delegates.status.out')}</StatusTag>
            ),
          },
          { title: t('election.delegates.columns.time'), dataIndex: 'checkedInAt', render: (v: string | null) => (v ? dayjs(v).format('HH:mm:ss') : '—') },
          ...(canCheckIn
            ? [
                {
                  title: t('election.delegates.columns.action'),
                  key: 'action',
                  render: (_: unknown, d: RosterDelegate) =>
                    d.checkedIn ? (
                      canWithdraw ? (
                        <Button
                          size="small"
                          onClick={() => setWithdrawing(d)}
                          aria-label={t('election.delegates.withdrawFor', { name: d.name || d.delegateId })}
                        >
                          {t('election.delegates.withdraw')}
                        </Button>
                      ) : null
                    ) : (
                      <Button
                        size="small"
                        loading={busy === d.delegateId}
                        onClick={() => checkIn([d.delegateId], false)}
                        aria-label={t('election.delegates.checkInFor', { name: d.name || d.delegateId })}
                      >
                        {t('election.delegates.checkIn')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <WithdrawCheckIn campaign={campaign} delegate={withdrawing} onDone={() => setWithdrawing(null)} />
    </section>
  );
}
