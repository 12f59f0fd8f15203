import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import refusalsEn from './refusals.en';
import refusalsZhCN from './refusals.zh-CN';
import zhCN from './zh-CN';

export type Lang = 'zh-CN' | 'en';
const KEY = 'open-selection.lang';

export function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  return saved === 'en' ? 'en' : 'zh-CN'; // Chinese unless the person chose English
}

void i18n.use(initReactI18next).init({
  // Refusal texts are keyed by the api's codes (which contain dots): a namespace of their own, looked up flat.
  resources: { 'zh-CN': { translation: zhCN, refusals: refusalsZhCN }, en: { translation: en, refusals: refusalsEn } },
  defaultNS: 'translation',
  lng: initialLang(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLang(lang: Lang): void {
  localStorage.setItem(KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
