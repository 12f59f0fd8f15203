import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Radio, Typography } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { numberRule } from '../../components/numberLimits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ElectionOverview, electionApi, type MajorityBase } from '../../api/election';
import type { Campaign } from '../../api/types';
import { applyApiErrors } from '../../components/apiErrors';
import { electionError, localiseFieldErrors } from './electionShared';

interface RulesValues {
  quorum: { numerator: number; denominator: number };
  majorityBase: MajorityBase;
}

/** Seats per position (from the configuration, read-only here), quorum and majority base (before the first round). */
export function ElectionRules({ campaign, overview, fixed }: { campaign: Campaign; overview: ElectionOverview; fixed: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RulesValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { quorum, majorityBase } = overview.rules;

  const save = async (v: RulesValues) => {
    setBusy(true);
    setError(null);
    try {
      await electionApi.setRules(campaign.id, { quorum: { numerator: v.quorum.numerator, denominator: v.quorum.denominator }, majorityBase: v.majorityBase });
      message.success(t('election.rules.saved'));
      await queryClient.invalidateQueries({ queryKey: ['election', campaign.id] });
    } catch (err) {
      if (!applyApiErrors(form, localiseFieldErrors(t, err), t, { quorum: 'quorum.numerator' }).length) setError(electionError(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Typography.Title level={4} style={{ fontSize: 17 }}>
        {t('election.rules.positions')}
      </Typography.Title>
      <ul data-testid="election-seats" style={{ fontSize: 16 }}>
        {overview.positions.map((p) => (
          <li key={p.positionKey}>{t('election.rules.seatsLine', { title: p.title, seats: p.seats })}</li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary">{t('election.rules.positionsHint')}</Typography.Paragraph>
      <Typography.Paragraph strong data-testid="election-rules-current">
        {t('election.rules.current', {
          quorum: t('election.rules.quorumWords', { n: quorum.numerator, d: quorum.denominator }),
          majority: t('election.rules.majorityWords', { base: t(`election.rules.baseWord.${majorityBase}`) }),
        })}
      </Typography.Paragraph>
      {fixed ? (
        <Alert type="info" showIcon title={t('election.rules.fixed')} />
      ) : (
        <>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form form={form} name="electionRules" layout="vertical" initialValues={{ quorum, majorityBase }} onFinish={save}>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 4 }}>{t('election.rules.quorum')}</legend>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t('election.rules.quorumHint')}
              </Typography.Paragraph>
              <div className="row-fields" style={{ maxWidth: 420 }}>
                <Form.Item
                  name={['quorum', 'numerator']}
                  label={t('election.rules.numerator')}
                  rules={[{ required: true, message: t('election.paper.required') }, numberRule(t, { min: 0, max: 1000 })]}
                >
                  <NumberInput valueAs="number" style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item
                  name={['quorum', 'denominator']}
                  label={t('election.rules.denominator')}
                  rules={[{ required: true, message: t('election.paper.required') }, numberRule(t, { min: 1, max: 1000 })]}
                >
                  <NumberInput valueAs="number" style={{ width: '100%' }} />
                </Form.Item>
              </div>
            </fieldset>
            <Form.Item name="majorityBase" label={t('election.rules.majorityBase')}>
              <Radio.Group
                options={[
                  { value: 'present', label: t('election.rules.present') },
                  { value: 'registered', label: t('election.rules.registered') },
                ]}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('election.rules.save')}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}
