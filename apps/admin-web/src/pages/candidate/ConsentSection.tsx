import { Card, Checkbox, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The privacy notice and the four consents of a candidacy (PIPL art. 14, 17): processing for the selection is
 * required; publication of her name, employer and project title each a separate choice, none ticked for her.
 */
export function ConsentSection() {
  const { t } = useTranslation();
  const notice = t('privacy.notice', { returnObjects: true }) as string[];
  const choice = (key: 'publishName' | 'publishEmployer' | 'publishProjectTitle') => (
    <Form.Item name={['consent', key]} valuePropName="checked" style={{ marginBottom: 4 }}>
      <Checkbox>{t(`privacy.${key}`)}</Checkbox>
    </Form.Item>
  );
  return (
    <Card className="section-card" data-testid="privacy-notice" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('privacy.noticeTitle')}</h2>}>
      <ul>
        {notice.map((line) => (
          <li key={line}>
            <Typography.Text>{line}</Typography.Text>
          </li>
        ))}
      </ul>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('privacy.consentTitle')}
      </Typography.Title>
      <Form.Item
        name={['consent', 'processing']}
        valuePropName="checked"
        style={{ marginBottom: 4 }}
        rules={[{ validator: (_, v) => (v === true ? Promise.resolve() : Promise.reject(new Error(t('privacy.processingRequired')))) }]}
      >
        <Checkbox>{t('privacy.processing')}</Checkbox>
      </Form.Item>
      {choice('publishName')}
      {choice('publishEmployer')}
      {choice('publishProjectTitle')}
    </Card>
  );
}
