import { NOTICE_KINDS } from '@app/domain';
import { NOTICE_LOCALES, renderNotice } from './notice-templates';

const context = { campaignTitle: '区妇联兼职副主席公开选配', name: '周晓雯', link: 'https://example.org/app/campaigns/1' };
const params = { projects: '3', reason: '未提交单位推荐意见', dueAt: '2027-03-04T02:00:00.000Z', missing: '2' };

describe('notice templates', () => {
  it.each(NOTICE_LOCALES.flatMap((locale) => NOTICE_KINDS.map((kind) => [locale, kind] as const)))(
    '%s %s names the campaign and the person, with a link',
    (locale, kind) => {
      const notice = renderNotice(kind, locale, context, params);
      for (const part of [notice.subject, notice.sms]) expect(part).toContain(context.campaignTitle);
      expect(notice.text).toContain(context.name);
      expect(notice.text).toContain(context.link);
      expect(notice.text).not.toContain('undefined');
      expect(notice.sms).not.toContain('undefined');
    },
  );

  it('gives the rejection reason in both languages', () => {
    expect(renderNotice('candidacy-rejected', 'zh-CN', context, params).text).toContain('理由：未提交单位推荐意见');
    expect(renderNotice('candidacy-rejected', 'en', context, params).sms).toContain('Reason: 未提交单位推荐意见');
  });

  it('reads a deadline in UTC+8', () => {
    expect(renderNotice('review-deadline', 'en', context, params).text).toContain('10:00 (UTC+8)');
    expect(renderNotice('review-deadline', 'zh-CN', context, params).text).toContain('还有 2 份评分表未提交');
  });

  it('leaves out the link line when there is no public address', () => {
    expect(renderNotice('inspection-starting', 'zh-CN', { ...context, link: '' }, {}).text).not.toContain('请登录查看');
  });
});
