import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import refusalsZhCN from './refusals.zh-CN';
import zhCN from './zh-CN';

export type Lang = 'zh-CN' | 'en';
const KEY = 'open-selection.lang';

export function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  return saved === 'en' ? 'en' : 'zh-CN'; // Chinese unless the person chose English
}

/** English is fetched when someone chooses it: most people never do, and a juror's phone need not download it. */
async function ensureLoaded(lang: Lang): Promise<void> {
  if (lang !== 'en' || i18n.hasResourceBundle('en', 'translation')) return;
  const [en, refusalsEn] = await Promise.all([import('./en'), import('./refusals.en')]);
  i18n.addResourceBundle('en', 'refusals', refusalsEn.default);
  i18n.addResourceBundle('en', 'translation', en.default);
}

void i18n.use(initReactI18next).init({
  // Refusal texts are keyed by the api's codes (which contain dots): a namespace of their own, looked up flat.
  resources: { 'zh-CN': { translation: zhCN, refusals: refusalsZhCN } },
  defaultNS: 'translation',
  partialBundledLanguages: true,
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Settles once the remembered language can be shown: render after it, so an English reader never sees a flash of Chinese. */
export const i18nReady: Promise<unknown> = initialLang() === 'en' ? ensureLoaded('en').then(() => i18n.changeLanguage('en')) : Promise.resolve();

export async function setLang(lang: Lang): Promise<void> {
  localStorage.setItem(KEY, lang);
  await ensureLoaded(lang);
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
