import { Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NominationInput } from '../../api/campaigns';
import type { Campaign } from '../../api/types';

/** What the form holds: the joint nominators as typed, one per line. */
export interface NominationFields {
  channel: NominationInput['channel'];
  nominatingBody?: string;
  nominatorsText?: string;
}

const DEFAULT_JOINT_MINIMUM = 5;
const ALL_CHANNELS: NominationInput['channel'][] = ['self', 'organisation', 'joint'];

export const nominatorNames = (text: string | undefined) => [
  ...new Set(
    (text ?? '')
      .split(/\r?\n/)
      .map((n) => n.trim())
      .filter((n) => n.length > 0),
  ),
];

/** The form's nomination as the api takes it. */
export function nominationInput(v: NominationFields | undefined): NominationInput {
  switch (v?.channel) {
    case 'organisation':
      return { channel: 'organisation', nominatingBody: (v.nominatingBody ?? '').trim() };
    case 'joint':
      return { channel: 'joint', nominators: nominatorNames(v.nominatorsText) };
    default:
      return { channel: 'self' };
  }
}

export const channelsOf = (campaign: Campaign) => (campaign.config.nomination?.channels as NominationInput['channel'][] | undefined) ?? ALL_CHANNELS;

/**
 * How she comes forward: on her own, recommended by an organisation or unit (named), or nominated jointly by at
 * least the campaign's minimum of people (their names, one per line). Only the channels the campaign opened.
 */
export function NominationSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const minimum = campaign.config.nomination?.jointNominatorsMinimum ?? DEFAULT_JOINT_MINIMUM;
  const channel = Form.useWatch(['nomination', 'channel']) as NominationInput['channel'] | undefined;
  return (
    <Card className="section-card" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('nomination.title')}</h2>}>
      <Form.Item name={['nomination', 'channel']} label={t('nomination.channel')}>
        <Radio.Group options={channelsOf(campaign).map((c) => ({ value: c, label: t(`nomination.channels.${c}`) }))} />
      </Form.Item>
      {channel === 'organisation' && (
        <Form.Item
          name={['nomination', 'nominatingBody']}
          label={t('nomination.nominatingBody')}
          rules={[{ required: true, whitespace: true, message: t('nomination.bodyRequired') }, { max: 200 }]}
        >
          <Input placeholder={t('nomination.nominatingBodyPlaceholder')} />
        </Form.Item>
      )}
      {channel === 'joint' && (
        <Form.Item
          name={['nomination', 'nominatorsText']}
          label={t('nomination.nominators')}
          extra={t('nomination.nominatorsHint', { minimum })}
          rules={[
            {
              validator: (_, text: string | undefined) => {
                const count = nominatorNames(text).length;
                return count >= minimum ? Promise.resolve() : Promise.reject(new Error(t('nomination.tooFewNominators', { minimum, count })));
              },
            },
          ]}
        >
          <Input.TextArea rows={Math.min(Math.max(minimum, 3), 10)} />
        </Form.Item>
      )}
    </Card>
  );
}
