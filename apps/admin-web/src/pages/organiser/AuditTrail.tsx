import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditActor, type AuditEntry, campaignsApi, type RefusedAttempt } from '../../api/campaigns';
import { errorMessage } from '../../components/apiErrors';
import { refusalText } from '../../components/refusalText';
import zhCN from '../../i18n/zh-CN';

/** Entries per request; "load more" asks for the next page after the last entry shown. */
const PAGE = 100;
/** Every event type the UI has a label for, in the order a campaign goes through them. */
const EVENT_TYPES = Object.keys(zhCN.campaign.auditEvents);

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

/** "王芳", or the user id when she gave no name; a delegate voting with her code stays anonymous. */
export function personName(t: TFunction, actor: AuditActor): string {
  if (actor.name) return actor.name;
  if (actor.id.startsWith('delegate-code:')) return t('campaign.audit.anonymousDelegate');
  return actor.id;
}

export function rolesText(t: TFunction, roles: string[], lang: string): string {
  if (roles.length === 0) return t('campaign.audit.noRoles');
  return roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(lang.startsWith('zh') ? '、' : ', ');
}

/** What happened, in words: a stage change says which stage, a dismissal how many and why; an unknown event type is shown as it is. */
export function actionLabel(t: TFunction, entry: Pick<AuditEntry, 'type' | 'stage' | 'dismissal'>): string {
  if (entry.type === 'ObjectionsDismissed' && entry.dismissal) {
    return t('campaign.audit.objectionsDismissed', { count: entry.dismissal.objections, reason: entry.dismissal.reason });
  }
  if (entry.type === 'CampaignStageAdvanced' && entry.stage) {
    const stage = t(`stages.${entry.stage}`, { defaultValue: entry.stage });
    return t(`campaign.auditStages.${entry.stage}`, { defaultValue: t('campaign.audit.stageEntered', { stage }) });
  }
  return t(`campaign.auditEvents.${entry.type}`, { defaultValue: entry.type });
}

export const commandLabel = (t: TFunction, type: string | null): string => (type ? t(`campaign.auditCommands.${type}`, { defaultValue: type }) : '—');

function Person({ actor }: { actor: AuditActor }) {
  const { t, i18n } = useTranslation();
  return (
    <span>
      <Typography.Text strong>{personName(t, actor)}</Typography.Text>
      <Typography.Text>{t('campaign.audit.rolesInParens', { roles: rolesText(t, actor.roles, i18n.language) })}</Typography.Text>
      {actor.name && (
        <>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {actor.id}
          </Typography.Text>
        </>
      )}
    </span>
  );
}

/** The organiser's audit trail: who did what, when, through which command; filters, "load more", refused attempts. */
export function AuditTrail({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const [actorId, setActorId] = useState<string | undefined>();
  const [type, setType] = useState<string | undefined>();

  const people = useQuery({ queryKey: ['audit', campaignId, 'people'], queryFn: () => campaignsApi.auditPeople(campaignId) });
  const trail = useInfiniteQuery({
    queryKey: ['audit', campaignId, 'trail', actorId ?? '', type ?? ''],
    queryFn: ({ pageParam }) => campaignsApi.audit(campaignId, { actorId, type, after: pageParam, limit: PAGE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1].seq : undefined),
  });
  const refused = useInfiniteQuery({
    queryKey: ['audit', campaignId, 'refused', actorId ?? ''],
    queryFn: ({ pageParam }) => campaignsApi.auditRefused(campaignId, { actorId, offset: pageParam, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.length === PAGE ? pages.length * PAGE : undefined),
  });
  const entries = trail.data?.pages.flat() ?? [];
  const attempts = refused.data?.pages.flat() ?? [];

  const personOptions = (people.data ?? []).map((p) => ({
    value: p.id,
    label: t('campaign.audit.personOption', { name: personName(t, p), roles: rolesText(t, p.roles, i18n.language), actions: p.actions }),
  }));
  const actionOptions = EVENT_TYPES.map((value) => ({ value, label: actionLabel(t, { type: value }) }));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <section aria-labelledby="audit-heading">
        <Typography.Title level={2} id="audit-heading" style={{ fontSize: 20 }}>
          {t('campaign.audit.trail')}
        </Typography.Title>
        <Typography.Paragraph>{t('campaign.audit.intro')}</Typography.Paragraph>
        <Form name="auditFilter" layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="actorId" label={t('campaign.audit.filterPerson')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('campaign.audit.allPeople')}
              options={personOptions}
              onChange={(v: string | undefined) => setActorId(v || undefined)}
              style={{ minWidth: 240 }}
              data-testid="audit-filter-person"
            />
          </Form.Item>
          <Form.Item name="type" label={t('campaign.audit.filterAction')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('campaign.audit.allActions')}
              options={actionOptions}
              onChange={(v: string | undefined) => setType(v || undefined)}
              style={{ minWidth: 240 }}
              data-testid="audit-filter-action"
            />
          </Form.Item>
        </Form>
        {trail.error && <Alert type="error" showIcon title={errorMessage(t, trail.error)} style={{ marginBottom: 12 }} />}
        <Table<AuditEntry>
          size="small"
          rowKey="seq"
          loading={trail.isLoading}
          dataSource={entries}
          locale={{ emptyText: t('campaign.audit.empty') }}
          pagination={false}
          scroll={{ x: 720 }}
          data-testid="audit-trail"
          columns={[
            { title: t('campaign.audit.at'), dataIndex: 'occurredAt', width: 190, render: (d: string) => when(d) },
            { title: t('campaign.audit.actor'), key: 'actor', render: (_, e) => <Person actor={e.actor} /> },
            { title: t('campaign.audit.action'), key: 'action', render: (_, e) => <span title={e.type}>{actionLabel(t, e)}</span> },
            {
              title: t('campaign.audit.command'),
              key: 'command',
              render: (_, e) => <Typography.Text type="secondary">{commandLabel(t, e.commandType)}</Typography.Text>,
            },
          ]}
        />
        <Space style={{ marginTop: 12 }} wrap>
          <Typography.Text type="secondary">{t('campaign.audit.shown', { n: entries.length })}</Typography.Text>
          {trail.hasNextPage && (
            <Button onClick={() => trail.fetchNextPage()} loading={trail.isFetchingNextPage}>
              {t('campaign.audit.loadMore')}
            </Button>
          )}
        </Space>
      </section>

      <section aria-labelledby="audit-refused-heading">
        <Typography.Title level={2} id="audit-refused-heading" style={{ fontSize: 20 }}>
          {t('campaign.audit.refusedTitle')}
        </Typography.Title>
        <Typography.Paragraph>{t('campaign.audit.refusedIntro')}</Typography.Paragraph>
        {refused.error && <Alert type="error" showIcon title={errorMessage(t, refused.error)} style={{ marginBottom: 12 }} />}
        <Table<RefusedAttempt>
          size="small"
          rowKey="commandId"
          loading={refused.isLoading}
          dataSource={attempts}
          locale={{ emptyText: t('campaign.audit.refusedEmpty') }}
          pagination={false}
          scroll={{ x: 720 }}
          data-testid="audit-refused"
          columns={[
            { title: t('campaign.audit.at'), dataIndex: 'attemptedAt', width: 190, render: (d: string) => when(d) },
            { title: t('campaign.audit.actor'), key: 'actor', render: (_, a) => <Person actor={a.actor} /> },
            { title: t('campaign.audit.attempted'), key: 'attempted', render: (_, a) => commandLabel(t, a.commandType) },
            { title: t('campaign.audit.reason'), key: 'reason', render: (_, a) => <RefusalReason attempt={a} /> },
          ]}
        />
        {refused.hasNextPage && (
          <Button style={{ marginTop: 12 }} onClick={() => refused.fetchNextPage()} loading={refused.isFetchingNextPage}>
            {t('campaign.audit.loadMore')}
          </Button>
        )}
      </section>
    </Space>
  );
}

/**
 * The refusal in the current language when its code is known (the api's English only for a code we have no words
 * for); a failure keeps the api's message beside ours, as it carries the reference to report.
 */
function RefusalReason({ attempt }: { attempt: RefusedAttempt }) {
  const { t } = useTranslation();
  const { code, message, params } = attempt.reason;
  if (attempt.status !== 'failed') {
    const known = refusalText(t, code, params) || t(`errors.${code}`, { defaultValue: '' });
    return (
      <span>
        <Typography.Text>{known || message}</Typography.Text>
        <br />
        <Tag style={{ marginTop: 4 }}>{code}</Tag>
      </span>
    );
  }
  const known = t('campaign.audit.failed');
  return (
    <span>
      {known ? (
        <>
          <Typography.Text>{known}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {message}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text>{message}</Typography.Text>
      )}
      <br />
      <Tag style={{ marginTop: 4 }}>{code}</Tag>
    </span>
  );
}
