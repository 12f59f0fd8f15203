import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anonymousRequest } from '../../api/client';
import { AccountCard } from './AccountCard';
import { useAccountSubmit } from './useAccountSubmit';

interface Values {
  name: string;
  email: string;
  phone?: string;
  password: string;
}

/** Self-registration of a candidate: the api mails a confirmation link and answers the same whether or not the address is taken. */
export function Register() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState(false);
  const { busy, error, submit } = useAccountSubmit(form);

  const onFinish = (values: Values) =>
    submit(async () => {
      await anonymousRequest('POST', '/auth/register', {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
      });
      setDone(true);
    });

  return (
    <AccountCard title={t('accounts.registerTitle')} backToSignIn>
      {done ? (
        <Alert type="success" showIcon title={t('accounts.registered')} role="status" />
      ) : (
        <>
          <Typography.Paragraph>{t('accounts.registerIntro')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} name="register" layout="vertical" size="large" onFinish={onFinish}>
            <Form.Item
              name="name"
              label={t('accounts.name')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('accounts.name') }) }, { max: 50 }]}
            >
              <Input autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="email"
              label={t('accounts.email')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('accounts.email') }) }]}
            >
              <Input type="email" autoComplete="email" />
            </Form.Item>
            <Form.Item name="phone" label={t('accounts.phone')}>
              <Input type="tel" autoComplete="tel" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('accounts.password')}
              extra={t('accounts.passwordHelp')}
              rules={[{ required: true, message: t('form.required', { label: t('accounts.password') }) }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('accounts.registerSubmit')}
            </Button>
          </Form>
        </>
      )}
    </AccountCard>
  );
}
