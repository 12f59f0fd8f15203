import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLang, type Lang } from '../i18n';
import './language-switch.css';

const LANGS: { value: Lang; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

/**
 * 中文 / EN: remembered in localStorage; Chinese by default. antd's Segmented look on the browser's own radio buttons:
 * it is on the ballot pages, and antd's Segmented brings its Tooltip and Form code there.
 */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const name = useId();
  const current: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <div role="radiogroup" aria-label={t('app.language')} className="language-switch">
      {LANGS.map(({ value, label }) => (
        <label key={value} className="language-switch-option">
          <input type="radio" name={name} value={value} checked={current === value} onChange={() => void setLang(value)} />
          <span lang={value}>{label}</span>
        </label>
      ))}
    </div>
  );
}
