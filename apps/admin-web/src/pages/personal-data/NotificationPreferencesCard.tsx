import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, request } from '../../api/client';
import { errorMessage } from '../../components/apiErrors';

interface Preferences {
  optedOut: boolean;
  /** null: the default (e-mail whenever there is an address; SMS only without one). */
  email: boolean | null;
  sms: boolean | null;
  locale: 'zh-CN' | 'en';
}

type Choice = 'default' | 'on' | 'off';
const toChoice = (v: boolean | null): Choice => (v === null ? 'default' : v ? 'on' : 'off');
const fromChoice = (c: Choice): boolean | null => (c === 'default' ? null : c === 'on');

/** 通知设置 / Notifications: whether and how the service tells her of assignments, decisions and deadlines. */
export function NotificationPreferencesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saved = useQuery({ queryKey: ['me', 'notification-preferences'], queryFn: () => get<Preferences>('/me/notification-preferences') });
  const [draft, setDraft] = useState<Preferences | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (saved.data) setDraft(saved.data);
  }, [saved.data]);
  if (!draft) return null;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await request('PUT', '/me/notification-preferences', draft);
      await queryClient.invalidateQueries({ queryKey: ['me', 'notification-preferences'] });
      message.success(t('notifications.preferences.saved'));
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  const channel = (key: 'email' | 'sms') => (
    <div>
      <Typography.Text id={`pref-${key}`} style={{ display: 'inline-block', minWidth: 80 }}>
        {t(`notifications.preferences.${key}`)}
      </Typography.Text>
      <Radio.Group
        aria-labelledby={`pref-${key}`}
        disabled={draft.optedOut}
        value={toChoice(draft[key])}
        onChange={(e) => setDraft({ ...draft, [key]: fromChoice(e.target.value) })}
      >
        <Radio value="default">{t(`notifications.preferences.default.${key}`)}</Radio>
        <Radio value="on">{t('notifications.preferences.on')}</Radio>
        <Radio value="off">{t('notifications.preferences.off')}</Radio>
      </Radio.Group>
    </div>
  );
  return (
    <Card className="section-card" title={<h2 style={{ margin: 0, fontSize: 20 }}>{t('notifications.preferences.title')}</h2>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text>{t('notifications.preferences.intro')}</Typography.Text>
        <Checkbox checked={draft.optedOut} onChange={(e) => setDraft({ ...draft, optedOut: e.target.checked })}>
          {t('notifications.preferences.optOut')}
        </Checkbox>
        {channel('email')}
        {channel('sms')}
        <div>
          <Typography.Text id="pref-locale" style={{ display: 'inline-block', minWidth: 80 }}>
            {t('notifications.preferences.locale')}
          </Typography.Text>
          <Radio.Group aria-labelledby="pref-locale" value={draft.locale} onChange={(e) => setDraft({ ...draft, locale: e.target.value })}>
            <Radio value="zh-CN">中文</Radio>
            <Radio value="en">English</Radio>
          </Radio.Group>
        </div>
        {error && <Alert type="error" showIcon title={error} />}
        <Button type="primary" loading={busy} onClick={() => void save()}>
          {t('notifications.preferences.save')}
        </Button>
      </Space>
    </Card>
  );
}
