import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { ROLES, type Role } from '../auth/session';
import { applyApiErrors, errorMessage } from '../components/apiErrors';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { homeFor } from '../routes';

interface Values {
  role: Role;
  name: string;
  userId: string;
}

const DEFAULT_IDS: Record<Role, string> = {
  organiser: 'organiser-1',
  candidate: 'candidate-1',
  expert: 'expert-1',
  juror: 'juror-1',
  delegate: 'delegate-1',
  inspector: 'inspector-1',
};

export function SignIn() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Values) => {
    setError(null);
    setBusy(true);
    try {
      const session = await login({ userId: values.userId.trim(), name: values.name.trim(), roles: [values.role] });
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : homeFor(session.roles), { replace: true });
    } catch (err) {
      const unplaced = applyApiErrors(form, err, t);
      if (unplaced.length || !(err as { fieldErrors?: unknown[] }).fieldErrors?.length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 28 }}>
            {t('app.name')} · {t('login.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('app.subtitle')}
        </Typography.Paragraph>
        <Typography.Paragraph>{t('login.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          layout="vertical"
          size="large"
          initialValues={{ role: 'organiser', name: '', userId: DEFAULT_IDS.organiser }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.role) form.setFieldValue('userId', DEFAULT_IDS[changed.role]);
          }}
          onFinish={onFinish}
        >
          <Form.Item name="role" label={t('login.role')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('login.name')} rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('login.name') }) }, { max: 50 }]}>
            <Input placeholder={t('login.namePlaceholder')} autoComplete="name" />
          </Form.Item>
          {/* Checked by the api (400 errors[].field = userId), shown here next to the field. */}
          <Form.Item name="userId" label={t('login.userId')} extra={t('login.userIdHelp')} rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('login.userId') }) }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
