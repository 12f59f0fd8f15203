import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLang, type Lang } from '../i18n';

/** 中文 / EN: remembered in localStorage; Chinese by default. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented<Lang>
      aria-label={t('app.language')}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(v) => void setLang(v)}
      options={[
        { label: <span lang="zh-CN">中文</span>, value: 'zh-CN' },
        { label: <span lang="en">EN</span>, value: 'en' },
      ]}
    />
  );
}
