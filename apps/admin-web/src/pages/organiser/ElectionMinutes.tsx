import { Alert, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElectedView, ElectionOverview, ElectionRound, MinutesLine, QuotaCheck, RoundStatus } from '../../api/election';
import { StatusTag, type StatusColour } from '../../components/StatusTag';
import { nameMap, withNames } from './electionShared';

const STATUS_COLOUR: Record<RoundStatus, StatusColour> = { elected: 'green', 'run-off-required': 'gold', 'further-round-required': 'gold', void: 'red' };
const OUTCOME_COLOUR: Record<MinutesLine['outcome'], StatusColour> = { elected: 'green', 'run-off': 'gold', 'not-elected': 'grey', void: 'red' };

/** Who is elected to each position, whether the election is complete, and the elected-set quota check. */
export function ElectedSummary({ elected, quota }: { elected: ElectedView; quota?: QuotaCheck }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="elected-summary">
      <Alert
        type={elected.completed ? 'success' : 'info'}
        showIcon
        title={elected.completed ? t('election.elected.completed') : t('election.elected.inProgress')}
      />
      <Descriptions
        bordered
        column={1}
        size="middle"
        styles={{ label: { width: 220 } }}
        items={elected.positions.map((p) => ({
          key: p.positionKey,
          label: t('election.elected.position', { title: p.title, seats: p.seats }),
          children: (
            <Space wrap>
              <span data-testid={`elected-${p.positionKey}`} style={{ fontSize: 17 }}>
                {p.elected.length ? p.elected.map((e) => e.name).join(t('election.punct.sep')) : t('election.elected.none')}
              </span>
              <StatusTag colour={p.filled ? 'green' : 'blue'}>
                {p.filled ? t('election.elected.filled') : t('election.elected.open', { n: p.elected.length, seats: p.seats })}
              </StatusTag>
            </Space>
          ),
        }))}
      />
      {quota && quota.quotas.length > 0 && elected.positions.some((p) => p.elected.length > 0) && (
        <Alert
          type={quota.passed ? 'success' : 'warning'}
          showIcon
          title={quota.passed ? t('election.elected.quotaOk') : t('election.elected.quotaBad')}
          description={
            quota.passed ? undefined : (
              <ul style={{ margin: 0 }}>
                {quota.violations.map((v, i) => (
                  <li key={i}>{v.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Space>
  );
}

/** Every closed round, newest first: its outcome in words and the full minutes (选举记录). */
export function RoundsMinutes({ rounds, overview }: { rounds: ElectionRound[]; overview: ElectionOverview }) {
  const { t } = useTranslation();
  const closed = rounds.filter((r) => r.status === 'closed').reverse();
  if (!closed.length) return <Typography.Paragraph>{t('election.minutes.none')}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {closed.map((r) => (
        <RoundMinutes key={r.roundId} round={r} names={nameMap(overview.finalists, r.candidates, r.writeInEligible)} />
      ))}
    </Space>
  );
}

function RoundMinutes({ round, names }: { round: ElectionRound; names: Map<string, string> }) {
  const { t } = useTranslation();
  const m = round.minutes!;
  const o = round.outcome!;
  const name = (id: string) => names.get(id.toLowerCase()) ?? id;
  const list = (ids: string[]) => ids.map(name).join(t('election.punct.sep'));
  const reasons = Object.entries(m.invalidReasons).filter(([, n]) => (n ?? 0) > 0);
  return (
    <Card
      size="small"
      data-testid={`round-${round.number}`}
      title={
        <h4 style={{ margin: 0, fontSize: 17, whiteSpace: 'normal' }}>
          {t('election.round.title', { number: round.number, title: round.positionTitle, kind: t(`election.kind.${round.kind}`) })}
          {round.repeatOf ? t('election.round.repeat') : ''} · {t(`election.method.${round.method}`)}
        </h4>
      }
      extra={<StatusTag colour={STATUS_COLOUR[o.status]}>{t(`election.minutes.status.${o.status}`)}</StatusTag>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type={o.status === 'elected' ? 'success' : o.status === 'void' ? 'error' : 'warning'}
          showIcon
          data-testid="round-outcome"
          title={
            <span style={{ fontSize: 17 }}>
              {t(`election.minutes.status.${o.status}`)}
              {o.elected.length > 0 && (
                <>
                  {t('election.punct.stop')}
                  {t('election.minutes.elected', {
                    names: o.elected
                      .map(
                        (e) =>
                          `${name(e.candidacyId)}${t('election.punct.open')}${t('election.minutes.votes', { n: e.approvals })}${t('election.punct.close')}`,
                      )
                      .join(t('election.punct.sep')),
                  })}
                </>
              )}
            </span>
          }
          description={
            (o.runOff || o.furtherRound || o.voidReason) && (
              <>
                {o.runOff && <div>{t('election.minutes.runOff', { names: list(o.runOff.candidateIds), seats: o.runOff.seats })}</div>}
                {o.furtherRound && (
                  <div>
                    {t('election.minutes.further', { names: list(o.furtherRound.eligibleCandidateIds), seats: o.furtherRound.seats })}
                    {!o.furtherRound.competitive && ` ${t('election.minutes.furtherNotCompetitive')}`}
                  </div>
                )}
                {o.voidReason && <div>{t('election.minutes.voidReason', { reason: withNames(o.voidReason, names) })}</div>}
              </>
            )
          }
        />
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, md: 4 }}
          items={[
            { key: 'registered', label: t('election.minutes.registered'), children: m.registeredDelegates },
            { key: 'present', label: t('election.minutes.present'), children: m.presentDelegates },
            { key: 'issued', label: t('election.minutes.issued'), children: m.ballotsIssued },
            { key: 'returned', label: t('election.minutes.returned'), children: m.ballotsReturned },
            { key: 'valid', label: t('election.minutes.valid'), children: m.validBallots },
            { key: 'invalid', label: t('election.minutes.invalid'), children: m.invalidBallots },
            {
              key: 'threshold',
              label: t('election.minutes.threshold'),
              span: 2,
              children:
                m.majorityThreshold === null || m.majorityBase === null
                  ? t('election.minutes.runOffRule')
                  : t('election.minutes.thresholdValue', { n: m.majorityThreshold, base: t(`election.rules.baseWord.${m.majorityBase}`) }),
            },
          ]}
        />
        <Typography.Text type="secondary">
          {t('election.minutes.quorumLine', { n: m.quorum.numerator, d: m.quorum.denominator })}
          {reasons.length > 0 &&
            ` · ${t('election.minutes.invalidReasons')}${t('election.punct.colon')}${reasons.map(([k, n]) => `${t(`election.minutes.reason.${k}`)} ${n}`).join(t('election.punct.comma'))}`}
          {m.disregardedWriteIns > 0 && ` · ${t('election.minutes.disregarded', { n: m.disregardedWriteIns })}`}
        </Typography.Text>
        <Table
          rowKey="candidateId"
          size="small"
          pagination={false}
          dataSource={m.candidates}
          scroll={{ x: 560 }}
          columns={[
            {
              title: t('election.minutes.columns.candidate'),
              dataIndex: 'candidateId',
              render: (id: string, l: MinutesLine) => `${name(id)}${l.writeIn ? t('election.minutes.writeIn') : ''}`,
            },
            { title: t('election.minutes.columns.approve'), dataIndex: 'approve', align: 'right', render: (n: number) => <strong>{n}</strong> },
            { title: t('election.minutes.columns.oppose'), dataIndex: 'oppose', align: 'right' },
            { title: t('election.minutes.columns.abstain'), dataIndex: 'abstain', align: 'right' },
            {
              title: t('election.minutes.columns.majority'),
              dataIndex: 'passesMajority',
              // A run-off is won by most votes: its minutes must not say a majority was reached (or missed).
              render: (v: boolean | null) => (m.round === 'run-off' || v === null ? t('election.minutes.majorityNotRequired') : v ? t('app.yes') : t('app.no')),
            },
            {
              title: t('election.minutes.columns.outcome'),
              dataIndex: 'outcome',
              render: (v: MinutesLine['outcome']) => <StatusTag colour={OUTCOME_COLOUR[v]}>{t(`election.minutes.outcome.${v}`)}</StatusTag>,
            },
          ]}
        />
      </Space>
    </Card>
  );
}
