import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AuthProvider } from './auth/AuthContext';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 },
  },
});

/**
 * What every screen but the two ballot pages needs: the query cache, the signed-in person, antd's and dayjs's
 * locales (date pickers, tables, relative dates) and antd's App (context for message, notification and modal). Loaded with the first such screen, so that a juror's or delegate's phone
 * downloads none of it.
 */
export function AppProviders() {
  const { i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  // During render, not in an effect: the screens below format their dates in this same render. Idempotent.
  dayjs.locale(zh ? 'zh-cn' : 'en');
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        {/* Nested: it takes the theme of App's ConfigProvider and adds the locale. */}
        <ConfigProvider locale={zh ? zhCN : enUS}>
          <AntApp>
            <Outlet />
          </AntApp>
        </ConfigProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}
