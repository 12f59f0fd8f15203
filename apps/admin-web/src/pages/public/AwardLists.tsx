import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultsView } from '../../api/results';
import { StatusTag } from '../../components/StatusTag';

type Awards = NonNullable<ResultsView['awards']>;

/**
 * An honours campaign's award lists, tier by tier: name and unit (or residence). Published in no particular order,
 * the api lists each tier by name and the page says so (排名不分先后); ranked, in ranking order with the place.
 */
export function AwardLists({ awards, showShortfall = false }: { awards: Awards; showShortfall?: boolean }) {
  const { t } = useTranslation();
  const ranked = awards.publication === 'ranked';
  return (
    <div data-testid="award-lists">
      <StatusTag colour={ranked ? 'blue' : 'green'}>
        <span data-testid="award-publication">{ranked ? t('pipeline.awards.ranked') : t('pipeline.awards.unranked')}</span>
      </StatusTag>
      {awards.tiers.map((tier) => (
        <section key={tier.tierKey} aria-labelledby={`tier-${tier.tierKey}`} style={{ marginTop: 16 }} data-testid={`award-tier-${tier.tierKey}`}>
          <Typography.Title level={3} id={`tier-${tier.tierKey}`} style={{ fontSize: 18 }}>
            {t('pipeline.awards.tierLine', { title: tier.title, size: tier.size })}
          </Typography.Title>
          {showShortfall && tier.members.length < tier.size && (
            <Typography.Paragraph type="warning">{t('pipeline.awards.short', { count: tier.members.length, size: tier.size })}</Typography.Paragraph>
          )}
          <Table
            size="middle"
            rowKey="candidacyId"
            pagination={false}
            dataSource={tier.members}
            locale={{ emptyText: t('pipeline.awards.empty') }}
            columns={[
              ...(ranked ? [{ title: t('results.columns.rank'), key: 'place', width: 80, render: (_: unknown, __: unknown, i: number) => i + 1 }] : []),
              { title: t('pipeline.awards.name'), dataIndex: 'name' },
              { title: t('pipeline.awards.unit'), dataIndex: 'unit', render: (unit: string | null) => unit ?? '—' },
            ]}
          />
        </section>
      ))}
    </div>
  );
}
