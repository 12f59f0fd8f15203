import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaignsApi } from '../../api/campaigns';
import type { Campaign } from '../../api/types';

/** Where the campaign's configuration came from: a template (by its title) or a past campaign (a link, when she may read it). */
export function CampaignOriginLine({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const origin = campaign.origin;
  const clonedFrom = origin?.clonedFrom;
  const templates = useQuery({ queryKey: ['campaign-templates'], queryFn: campaignsApi.templates, enabled: !!origin?.template });
  const source = useQuery({ queryKey: ['campaign', clonedFrom], queryFn: () => campaignsApi.get(clonedFrom!), enabled: !!clonedFrom, retry: false });
  if (!origin) return null;
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (origin.template) {
    const template = templates.data?.find((x) => x.key === origin.template);
    return (
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="campaign-origin">
        {t('campaignOrigin.origin.template', { title: template?.title[language] ?? origin.template })}
      </Typography.Paragraph>
    );
  }
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="campaign-origin">
      {source.data ? (
        <>
          {t('campaignOrigin.origin.clonedFrom')}
          <Link to={`/campaigns/${clonedFrom}`}>{source.data.title}</Link>
        </>
      ) : (
        t('campaignOrigin.origin.clonedFromUnknown')
      )}
    </Typography.Paragraph>
  );
}
