import type { TFunction } from 'i18next';
import i18n from '../i18n';

/** The refusal's variable parts as the api sends them (see CommandRejection.params). */
export type RefusalParams = Readonly<Record<string, string | number>>;

/** Campaigns keep their calendar in China Standard Time; a refusal may name another zone in `timeZone`. */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Params that name a campaign stage by its key; shown by the stage's name. */
const STAGE_PARAMS = new Set(['stage', 'next', 'requested']);

/** An instant as a reader of `lang` writes it, on the campaign's clock: 2026年12月1日 00:00 / 1 December 2026, 00:00. */
export function formatInstant(iso: string, lang: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The params ready for a sentence: instants on the campaign's clock, stages by name, the rest as sent. */
function readable(t: TFunction, params: RefusalParams): Record<string, string | number> {
  const lang = i18n.language;
  const zone = typeof params.timeZone === 'string' ? params.timeZone : DEFAULT_TIME_ZONE;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && ISO_INSTANT.test(value)) out[name] = formatInstant(value, lang, zone);
    else if (typeof value === 'string' && STAGE_PARAMS.has(name)) out[name] = t(`stages.${value}`, { defaultValue: value });
    else out[name] = value;
  }
  return out;
}

/**
 * Our sentence for a refusal code (apps/admin-web/src/i18n/refusals.<lang>.ts) with its params filled in, or ''
 * when the code is not one we know. Codes contain dots, so they are looked up as flat keys.
 */
export function refusalText(t: TFunction, code: string | undefined, params: RefusalParams = {}): string {
  if (!code) return '';
  const text = t(code, { ns: 'refusals', keySeparator: false, nsSeparator: false, defaultValue: '', skipInterpolation: true });
  if (!text) return '';
  // `count` would make i18next look for plural forms; every param is filled in by name instead.
  const values = readable(t, params);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (values[name] !== undefined ? String(values[name]) : whole));
}
