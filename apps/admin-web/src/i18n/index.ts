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

/**
 * The texts of the screens other than the ballot pages (screens.<lang>.ts), once one of them is opened: languages
 * that have them, and whether they are wanted at all (a juror's or delegate's phone never wants them).
 */
const screenTextsLoaded = new Set<Lang>();
let screenTextsWanted = false;

async function ensureScreenTexts(lang: Lang): Promise<void> {
  if (!screenTextsWanted || screenTextsLoaded.has(lang)) return;
  const texts = lang === 'en' ? (await import('./screens.en')).default : (await import('./screens.zh-CN')).default;
  // Deep: `election` is already there with the ballot page's part (election-vote.<lang>.ts).
  i18n.addResourceBundle(lang, 'translation', texts, true, false);
  screenTextsLoaded.add(lang);
}

/** English is fetched when someone chooses it: most people never do, and a juror's phone need not download it. */
async function ensureLoaded(lang: Lang): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const [en, refusalsEn] = await Promise.all([import('./en'), import('./refusals.en')]);
    i18n.addResourceBundle('en', 'refusals', refusalsEn.default);
    i18n.addResourceBundle('en', 'translation', en.default);
  }
  await ensureScreenTexts(lang);
}

/**
 * Settles once the texts of every screen but the ballot pages are there, in Chinese (every language falls back to
 * it) and in the language shown: awaited before the first such screen renders (routes.tsx), so none shows a key.
 */
export async function loadScreenTexts(): Promise<void> {
  screenTextsWanted = true;
  await Promise.all([ensureScreenTexts('zh-CN'), ...(initialLang() === 'en' || i18n.language === 'en' ? [ensureLoaded('en')] : [])]);
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
