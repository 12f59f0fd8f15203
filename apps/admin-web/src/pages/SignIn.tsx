import { Alert, Button, Form, Input, Radio, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { anonymousRequest } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { ROLES, type Role, type Session } from '../auth/session';
import { applyApiErrors, errorMessage } from '../components/apiErrors';
import { homeFor } from '../menu';
import { AccountCard } from './account/AccountCard';
import { PasswordSignIn } from './PasswordSignIn';
import { SsoSignIn } from './SsoSignIn';

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
  'counting-officer': 'counting-officer-1',
};

export function SignIn() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Which ways to sign in the api offers: the development login only where it is switched on.
  const [devLogin, setDevLogin] = useState<boolean | null>(null);
  const [ssoLabel, setSsoLabel] = useState<string | null>(null);

  useEffect(() => {
    anonymousRequest<{ devLogin: boolean; sso?: { label: string } | null }>('GET', '/auth/options').then(
      (options) => {
        setDevLogin(options.devLogin);
        setSsoLabel(options.sso?.label ?? null);
      },
      () => setDevLogin(false),
    );
  }, []);

  const goOn = (session: Session) => {
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from && from !== '/login' ? from : homeFor(session.roles), { replace: true });
  };

  const onFinish = async (values: Values) => {
    setError(null);
    setBusy(true);
    try {
      goOn(await login({ userId: values.userId.trim(), name: values.name.trim(), roles: [values.role] }));
    } catch (err) {
      const unplaced = applyApiErrors(form, err, t);
      if (unplaced.length || !(err as { fieldErrors?: unknown[] }).fieldErrors?.length) setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const devPane = (
    <>
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
        <Form.Item
          name="name"
          label={t('login.name')}
          rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('login.name') }) }, { max: 50 }]}
        >
          <Input placeholder={t('login.namePlaceholder')} autoComplete="name" />
        </Form.Item>
        {/* Checked by the api (400 errors[].field = userId), shown here next to the field. */}
        <Form.Item
          name="userId"
          label={t('login.userId')}
          extra={t('login.userIdHelp')}
          rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('login.userId') }) }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
    </>
  );

  return (
    <AccountCard title={t('login.title')}>
      <SsoSignIn label={ssoLabel} onSignedIn={goOn} />
      {devLogin === null ? null : devLogin ? (
        // The development login first where it is on, as before; real accounts sign in on the other tab.
        <Tabs
          items={[
            { key: 'dev', label: t('accounts.devTab'), children: devPane },
            { key: 'password', label: t('accounts.passwordTab'), children: <PasswordSignIn onSignedIn={goOn} /> },
          ]}
        />
      ) : (
        <PasswordSignIn onSignedIn={goOn} />
      )}
    </AccountCard>
  );
}
