import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import { evaluationApi, type ExpertCandidacyView } from '../../api/evaluation';
import { errorMessage } from '../../components/apiErrors';
import { LinkButton } from '../../components/LinkButton';
import { StageTag } from '../../components/StageTag';
import { PageLoading } from '../../components/PageLoading';
import { SheetStatusTag } from './SheetStatusTag';
import { allows } from '../../api/stages';

/** Her assignments in one campaign: whom she scores, how far each sheet is. */
export function ExpertCampaign() {
  const { t } = useTranslation();
  const { campaignId } = useParams();
  const campaign = useQuery({ queryKey: ['campaign', campaignId], queryFn: () => campaignsApi.get(campaignId!) });
  const mine = useQuery({ queryKey: ['evaluation', campaignId, 'mine'], queryFn: () => evaluationApi.myAssignments(campaignId!) });
  if (campaign.isLoading || mine.isLoading) return <PageLoading />;
  if (!mine.data || !campaign.data) return <Alert type="error" showIcon title={errorMessage(t, mine.error ?? campaign.error)} />;
  const grading = allows(campaign.data, 'grade-panel-opinion');
  const scoring = allows(campaign.data, 'score-projects');
  return (
    <>
      <Typography.Title level={1} className="page-title" style={{ fontSize: 28 }}>
        {campaign.data.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <StageTag campaign={campaign.data} />
        {mine.data.blind && <Typography.Text>{t('expert.blind')}</Typography.Text>}
      </Space>
      {!scoring && !grading && <Alert type="info" showIcon title={t('expert.notScoringYet')} style={{ marginBottom: 16 }} />}
      <Table<ExpertCandidacyView>
        rowKey="candidacyId"
        dataSource={mine.data.assignments}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('expert.noAssignments') }}
        columns={[
          { title: t('expert.columns.candidate'), render: (_, a) => a.candidate?.name ?? t(`expert.blindLabel.${a.numberedAs}`, { n: a.number }) },
          { title: t('expert.columns.project'), render: (_, a) => a.proposal?.title ?? '—' },
          { title: t('expert.columns.status'), render: (_, a) => <SheetStatusTag assignment={a} /> },
          { title: t('expert.columns.total'), align: 'right', render: (_, a) => a.sheet?.total ?? '—' },
          {
            title: t('expert.columns.actions'),
            render: (_, a) => {
              const name = a.candidate?.name ?? t(`expert.blindLabel.${a.numberedAs}`, { n: a.number });
              const label = grading ? t('expert.grade') : scoring && !a.recused && a.sheet?.status !== 'submitted' ? t('expert.score') : t('expert.view');
              return (
                <LinkButton
                  to={`/expert/campaigns/${campaignId}/candidacies/${a.candidacyId}`}
                  type={label === t('expert.view') ? 'default' : 'primary'}
                  aria-label={`${label} ${name}`}
                >
                  {label}
                </LinkButton>
              );
            },
          },
        ]}
      />
    </>
  );
}
