import type { NoticeKind } from '@app/domain';

export const NOTICE_LOCALES = ['zh-CN', 'en'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

export interface RenderedNotice {
  readonly subject: string;
  /** The e-mail body. */
  readonly text: string;
  /** One short line: an SMS is billed per 70 Chinese characters. */
  readonly sms: string;
}

/** What every template may use besides the event's own parameters. */
export interface NoticeContext {
  readonly campaignTitle: string;
  readonly name: string;
  /** Where to act, e.g. https://…/app/campaigns/<id>; empty when PUBLIC_URL is unset. */
  readonly link: string;
}

type Params = Readonly<Record<string, string>>;
type Template = (c: NoticeContext, p: Params) => RenderedNotice;

const at = (iso: string | undefined, locale: NoticeLocale): string => {
  if (!iso) return '';
  // Deadlines are read in the federation's own time zone, whoever reads them.
  const text = new Date(iso).toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
  return `${text} (UTC+8)`;
};
const more = (link: string, zh: boolean) => (link ? (zh ? `\n\n请登录查看：${link}` : `\n\nSign in to see it: ${link}`) : '');

const TEMPLATES: Record<NoticeLocale, Record<NoticeKind, Template>> = {
  'zh-CN': {
    'expert-assigned': (c, p) => ({
      subject: `【${c.campaignTitle}】您已受邀担任项目评审专家`,
      text: `${c.name}，您好：\n\n您已被列入「${c.campaignTitle}」专家评审组，${p.projects === 'all' ? '负责评审全部通过资格审查的项目' : `负责评审 ${p.projects} 个项目`}。${more(c.link, true)}`,
      sms: `【公开选配】${c.name}您好，您已受邀担任「${c.campaignTitle}」项目评审专家，请登录系统查看评审任务。`,
    }),
    'candidacy-rejected': (c, p) => ({
      subject: `【${c.campaignTitle}】资格审查结果`,
      text: `${c.name}，您好：\n\n很遗憾，您在「${c.campaignTitle}」中的报名未通过资格审查。\n理由：${p.reason}\n\n如有疑问，请与组织单位联系。${more(c.link, true)}`,
      sms: `【公开选配】${c.name}您好，您的报名未通过「${c.campaignTitle}」资格审查，理由：${p.reason}`,
    }),
    'inspection-starting': (c) => ({
      subject: `【${c.campaignTitle}】您已进入考察环节`,
      text: `${c.name}，您好：\n\n您已进入「${c.campaignTitle}」考察人选名单，考察组将与您联系安排考察，请保持通讯畅通。${more(c.link, true)}`,
      sms: `【公开选配】${c.name}您好，您已进入「${c.campaignTitle}」考察环节，考察组将与您联系。`,
    }),
    'review-deadline': (c, p) => ({
      subject: `【${c.campaignTitle}】项目评审即将截止`,
      text: `${c.name}，您好：\n\n「${c.campaignTitle}」项目评审将于 ${at(p.dueAt, 'zh-CN')} 截止，您还有 ${p.missing} 份评分表未提交。${more(c.link, true)}`,
      sms: `【公开选配】${c.name}您好，「${c.campaignTitle}」项目评审将于${at(p.dueAt, 'zh-CN')}截止，您还有${p.missing}份评分表未提交。`,
    }),
  },
  en: {
    'expert-assigned': (c, p) => ({
      subject: `[${c.campaignTitle}] You are on the expert panel`,
      text: `Dear ${c.name},\n\nYou are on the expert panel of "${c.campaignTitle}" and score ${p.projects === 'all' ? 'every qualified project' : `${p.projects} project(s)`}.${more(c.link, false)}`,
      sms: `Open Selection: ${c.name}, you are on the expert panel of "${c.campaignTitle}". Sign in to see your projects.`,
    }),
    'candidacy-rejected': (c, p) => ({
      subject: `[${c.campaignTitle}] Qualification review`,
      text: `Dear ${c.name},\n\nWe are sorry: your candidacy in "${c.campaignTitle}" did not pass qualification review.\nReason: ${p.reason}\n\nPlease contact the organisers with any question.${more(c.link, false)}`,
      sms: `Open Selection: ${c.name}, your candidacy in "${c.campaignTitle}" did not pass qualification review. Reason: ${p.reason}`,
    }),
    'inspection-starting': (c) => ({
      subject: `[${c.campaignTitle}] You are shortlisted for inspection`,
      text: `Dear ${c.name},\n\nYou are on the shortlist of "${c.campaignTitle}". The inspection team will contact you to arrange the inspection.${more(c.link, false)}`,
      sms: `Open Selection: ${c.name}, you are shortlisted in "${c.campaignTitle}"; the inspection team will contact you.`,
    }),
    'review-deadline': (c, p) => ({
      subject: `[${c.campaignTitle}] Project review closes soon`,
      text: `Dear ${c.name},\n\nProject review of "${c.campaignTitle}" closes at ${at(p.dueAt, 'en')}; ${p.missing} of your score sheet(s) are not submitted yet.${more(c.link, false)}`,
      sms: `Open Selection: ${c.name}, project review of "${c.campaignTitle}" closes at ${at(p.dueAt, 'en')}; ${p.missing} sheet(s) to submit.`,
    }),
  },
};

export function renderNotice(kind: NoticeKind, locale: NoticeLocale, context: NoticeContext, params: Params): RenderedNotice {
  return TEMPLATES[locale][kind](context, params);
}
