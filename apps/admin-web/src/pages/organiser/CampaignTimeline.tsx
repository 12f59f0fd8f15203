import { Alert, Button, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { campaignsApi, type ExtendableDeadline } from '../../api/campaigns';
import type { Campaign } from '../../api/types';
import { useModalSubmit } from '../../components/useRefreshingAction';

const DATE_KEYS = ['candidacyOpensAt', 'candidacyClosesAt', 'projectReviewClosesAt', 'juryClosesAt', 'congressAt'] as const;
const show = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/**
 * The campaign's dates, the deadlines extended while it ran (each with its reason), and — for the deadlines its
 * stage still lets move (`extendableDeadlines`, from the api) — the way to extend one.
 */
export function CampaignTimeline({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const c = campaign.config;
  const label = (k: string) => t(`campaignOrigin.extend.deadlines.${k}`, { defaultValue: t(`form.${k}`) });
  const extendable = campaign.extendableDeadlines.filter((d) => c.timeline[d]);
  return (
    <div data-testid="campaign-timeline">
      {DATE_KEYS.map((k) => (
        <div key={k}>
          {t(`form.${k}`, { defaultValue: label(k) })}：{c.timeline[k] ? show(c.timeline[k]!) : t('campaign.notSet')}
        </div>
      ))}
      {campaign.deadlineExtensions.length > 0 && (
        <div style={{ marginTop: 8 }} data-testid="deadline-extensions">
          <Typography.Text strong>{t('campaignOrigin.extend.history')}</Typography.Text>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {campaign.deadlineExtensions.map((e, i) => (
              <li key={i}>{t('campaignOrigin.extend.historyLine', { deadline: label(e.deadline), from: show(e.from), to: show(e.to), reason: e.reason })}</li>
            ))}
          </ul>
        </div>
      )}
      {extendable.length > 0 && <ExtendDeadlineButton campaign={campaign} deadlines={extendable} label={label} />}
    </div>
  );
}

function ExtendDeadlineButton({ campaign, deadlines, label }: { campaign: Campaign; deadlines: ExtendableDeadline[]; label: (k: string) => string }) {
  const { t } = useTranslation();
  const { openModal, submit, error, modalProps } = useModalSubmit([['campaign', campaign.id]]);
  const [form] = Form.useForm<{ deadline: ExtendableDeadline; to: Dayjs | null; reason: string }>();

  const extend = async (values: { deadline: ExtendableDeadline; to: Dayjs | null; reason: string }) => {
    const extending = () => campaignsApi.extendDeadline(campaign.id, values.deadline, values.to!.toISOString(), values.reason.trim());
    if (await submit(extending, t('campaignOrigin.extend.done'))) form.resetFields();
  };

  return (
    <div style={{ marginTop: 8 }}>
      <Button onClick={openModal} data-testid="extend-deadline">
        {t('campaignOrigin.extend.button')}
      </Button>
      <Modal {...modalProps} title={t('campaignOrigin.extend.title')} onOk={() => form.submit()}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" name="extend-deadline" initialValues={{ deadline: deadlines[0] }} onFinish={extend}>
          <Form.Item name="deadline" label={t('campaignOrigin.extend.deadline')} rules={[{ required: true }]}>
            <Select
              options={deadlines.map((d) => ({
                value: d,
                label: `${label(d)}（${show(campaign.config.timeline[d]!)}）`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="to"
            label={t('campaignOrigin.extend.to')}
            rules={[{ required: true, message: t('form.required', { label: t('campaignOrigin.extend.to') }) }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 240 }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('campaignOrigin.extend.reason')}
            extra={t('campaignOrigin.extend.reasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('campaignOrigin.extend.reason') }) }, { max: 1000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
