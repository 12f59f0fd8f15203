import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DelegateCredential, electionApi } from '../../api/election';
import { allows } from '../../api/stages';
import type { Campaign } from '../../api/types';
import { ElectionDelegates } from './ElectionDelegates';
import { ElectedSummary, RoundsMinutes } from './ElectionMinutes';
import { ElectionRules } from './ElectionRules';
import { QuotaFurtherRound } from './QuotaFurtherRound';
import { ElectionVoting, type IssuedCodes } from './ElectionVoting';
import { electionError } from './electionShared';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`election-${id}-heading`} data-testid={`election-${id}`}>
      <Typography.Title level={3} id={`election-${id}-heading`} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/**
 * Organiser: the congress election (代表大会选举) — rules, delegates and check-in with the quorum, rounds (codes or
 * the paper count, closing), each round's tally and minutes, and who is elected. Live while the election runs.
 */
export function ElectionTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const live = allows(campaign, 'hold-election');
  const refetchInterval = live ? 3000 : false;
  const overview = useQuery({ queryKey: ['election', campaign.id, 'overview'], queryFn: () => electionApi.overview(campaign.id), refetchInterval });
  const roster = useQuery({ queryKey: ['election', campaign.id, 'roster'], queryFn: () => electionApi.roster(campaign.id), refetchInterval });
  const rounds = useQuery({ queryKey: ['election', campaign.id, 'rounds'], queryFn: () => electionApi.rounds(campaign.id), refetchInterval });
  const started = allows(campaign, 'read-election');
  const elected = useQuery({
    queryKey: ['election', campaign.id, 'elected'],
    queryFn: () => electionApi.elected(campaign.id),
    enabled: started,
    refetchInterval,
  });
  const quota = useQuery({
    queryKey: ['election', campaign.id, 'quota'],
    queryFn: () => electionApi.quotaCheck(campaign.id),
    enabled: started && !!elected.data?.positions.some((p) => p.elected.length),
  });
  // Codes are answered once and never stored: kept here (not in the open round's card) while the page is open.
  const [codes, setCodesState] = useState<IssuedCodes>({});
  const setCodes = (roundId: string, list: DelegateCredential[]) => setCodesState((c) => ({ ...c, [roundId]: list }));

  if (overview.error) return <Alert type="error" showIcon title={electionError(t, overview.error)} />;
  if (!overview.data || !rounds.data) return null;
  const o = overview.data;
  const after = started && !live;
  const anyRound = rounds.data.length > 0;
  const rules = (
    <Section id="rules" title={t('election.sections.rules')}>
      <ElectionRules campaign={campaign} overview={o} fixed={anyRound || after} />
    </Section>
  );
  const refresh = () => Promise.all([overview.refetch(), roster.refetch(), rounds.refetch(), elected.refetch()]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="election-tab">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        {!started ? <Alert type="info" showIcon title={t('election.notYet')} /> : after ? <Alert type="info" showIcon title={t('election.over')} /> : <span />}
        <Button icon={<ReloadOutlined aria-hidden />} onClick={refresh}>
          {t('election.refresh')}
        </Button>
      </Space>
      {anyRound && elected.data && (
        <Section id="elected" title={t('election.sections.elected')}>
          <ElectedSummary elected={elected.data} quota={quota.data} />
          {live && o.completed && quota.data && !quota.data.passed && <QuotaFurtherRound campaignId={campaign.id} quota={quota.data} />}
        </Section>
      )}
      {o.inspectionException && (
        <Alert
          type="info"
          showIcon
          data-testid="election-inspection-exception"
          title={t(
            o.inspectionException.finalists === o.inspectionException.seats ? 'results.exception.uncontested' : 'results.exception.fewerFinalists',
            o.inspectionException,
          )}
          description={t('results.exception.reason', { reason: o.inspectionException.reason })}
        />
      )}
      {!anyRound && rules}
      {started && !after && (
        <Section id="round" title={t('election.sections.round')}>
          <ElectionVoting campaign={campaign} overview={o} rounds={rounds.data} codes={codes} setCodes={setCodes} />
        </Section>
      )}
      <Section id="delegates" title={t('election.sections.delegates')}>
        <ElectionDelegates campaign={campaign} overview={o} roster={roster} rosterOpen={!anyRound && !after} canCheckIn={live && !o.completed} />
      </Section>
      {anyRound && (
        <Section id="rounds" title={t('election.sections.rounds')}>
          <RoundsMinutes rounds={rounds.data} overview={o} />
        </Section>
      )}
      {anyRound && rules}
    </Space>
  );
}
