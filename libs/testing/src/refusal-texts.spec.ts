import { join } from 'node:path';
import refusalsEn from '../../../apps/admin-web/src/i18n/refusals.en';
import refusalsZhCN from '../../../apps/admin-web/src/i18n/refusals.zh-CN';
import { type RefusalCodeSite, scanRefusalCodes } from './refusal-codes';

const ROOT = join(__dirname, '../../..');
const TEXTS: Record<string, Record<string, string>> = { 'zh-CN': refusalsZhCN, en: refusalsEn };
const where = (sites: readonly RefusalCodeSite[]) => sites.map((s) => `${s.file}:${s.line}`).join(', ');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Every refusal the service can send has words in both languages of the web UI
 * (apps/admin-web/src/i18n/refusals.<lang>.ts), so a Chinese reader never meets the api's English.
 */
describe('refusal texts', () => {
  const scan = scanRefusalCodes(ROOT);

  it('finds the refusal codes in the source (and a code emitted through a variable is not missed)', () => {
    expect(scan.codes.size).toBeGreaterThan(150);
    for (const code of ['stage.wrong', 'certify.publicity-running', 'score.not-a-number', 'jury.credential-used', 'unknown'])
      expect(scan.codes.has(code)).toBe(true);
    if (scan.unresolved.length) {
      throw new Error(
        `These refusal codes are not string literals, so nobody can check they have texts; write the code out:\n` +
          scan.unresolved.map((s) => `  ${s.code}  (${s.file}:${s.line})`).join('\n'),
      );
    }
  });

  it.each(Object.keys(TEXTS))('every refusal code has a %s text', (lang) => {
    const missing = [...scan.codes].filter(([code]) => !TEXTS[lang][code]?.trim()).sort(([a], [b]) => a.localeCompare(b));
    if (missing.length) {
      throw new Error(
        `${missing.length} refusal code(s) have no ${lang} text in apps/admin-web/src/i18n/refusals.${lang}.ts:\n` +
          missing.map(([code, sites]) => `  '${code}'  (${where(sites)})`).join('\n'),
      );
    }
  });

  it('has no text for a code the service no longer sends', () => {
    const stale = Object.keys(TEXTS).flatMap((lang) =>
      Object.keys(TEXTS[lang])
        .filter((code) => !scan.codes.has(code))
        .map((code) => `${lang}: ${code}`),
    );
    expect(stale).toEqual([]);
  });

  it('says the same things in both languages: the same {{params}} in each text', () => {
    const differing = Object.keys(refusalsZhCN)
      .filter((code) => refusalsEn[code] !== undefined && placeholders(refusalsZhCN[code]).join() !== placeholders(refusalsEn[code]).join())
      .map((code) => `${code}: zh-CN {{${placeholders(refusalsZhCN[code])}}} vs en {{${placeholders(refusalsEn[code])}}}`);
    expect(differing).toEqual([]);
  });
});
