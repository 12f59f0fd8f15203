import { ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { cspNonce } from './cspNonce';
import { AppRoutes } from './routes';

/** Large, readable defaults: officers use this on office screens and phones alike. */
const theme = {
  token: {
    colorPrimary: '#c41d7f',
    colorLink: '#9e1068',
    // antd derives a lighter hover (#b84d88: 4.3:1 on the public pages' grey), which fails AA under a resting pointer.
    colorLinkHover: '#780650',
    colorLinkActive: '#780650',
    colorPrimaryHover: '#a3176b',
    colorPrimaryActive: '#780650',
    // Text colours dark enough for WCAG AA (4.5:1) on white: antd's defaults for these are lighter.
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    fontSize: 16,
    fontSizeLG: 18,
    controlHeight: 40,
    controlHeightLG: 48,
    borderRadius: 6,
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** People who ask their system for less motion get none: no fades, no growing icons, no sliding panels. */
const reducedMotion = typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const stillTheme = { ...theme, token: { ...theme.token, motion: false } };

function Localised() {
  const { i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  useEffect(() => {
    document.documentElement.lang = zh ? 'zh-CN' : 'en';
  }, [zh]);
  return (
    <ConfigProvider theme={reducedMotion ? stillTheme : theme} button={{ autoInsertSpace: false }} csp={{ nonce: cspNonce }}>
      <BrowserRouter basename="/app">
        <AppRoutes />
      </BrowserRouter>
    </ConfigProvider>
  );
}

/**
 * The shell every page shares: language and theme. antd's and dayjs's locales (date pickers, tables, pagination)
 * come with AppProviders: the ballot pages use no component that reads them.
 */
export function App() {
  return <Localised />;
}
