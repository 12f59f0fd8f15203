import type { SqlRow } from '@app/database';
import { escapeHtml as e, printPage } from '@app/domain';

export interface RegistrationFormInput {
  readonly campaignTitle: string;
  readonly organisingBody: string;
  readonly candidacyId: string;
  readonly submittedAt: string;
  readonly details: SqlRow;
  readonly proposal: SqlRow;
  readonly attachments: readonly { fileName: string; sizeBytes: number }[];
}

const EMPLOYMENT: Record<string, string> = { 'full-time': '专职', seconded: '挂职', 'part-time': '兼职' };
const GENDER: Record<string, string> = { female: '女', male: '男', other: '其他' };

/** 报名表: the candidacy as the candidate submitted it, to print, sign and hand in. */
export function registrationFormHtml(f: RegistrationFormInput): string {
  const d = f.details;
  const p = f.proposal;
  const row = (label: string, value: unknown, long = false) => `<tr><th>${label}</th><td${long ? ' class="long"' : ''} colspan="3">${e(value)}</td></tr>`;
  const pair = (l1: string, v1: unknown, l2: string, v2: unknown) => `<tr><th>${l1}</th><td>${e(v1)}</td><th>${l2}</th><td>${e(v2)}</td></tr>`;
  const submitted = new Date(f.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });
  return printPage(
    `报名表 · ${f.campaignTitle}`,
    `<h1>报名表</h1>
<p class="sub">${e(f.campaignTitle)}<br>${e(f.organisingBody)}</p>
<table>
${pair('姓名', d.name, '性别', GENDER[d.gender] ?? d.gender)}
${pair('出生年份', d.birthYear, '学历', d.education)}
${pair('工作单位', d.employer, '所在行业', d.sector)}
${pair('任职方式', EMPLOYMENT[d.employment] ?? d.employment, '基层一线', d.grassrootsFrontline ? '是' : '否')}
${row('联系方式', d.contact)}
${row('个人陈述', d.statement, true)}
</table>
<table>
${row('项目名称', p.title)}
${row('问题与需求', p.problem, true)}
${row('受益对象', p.beneficiaries, true)}
${row('主要举措', p.actions, true)}
${row('进度安排', p.milestones, true)}
${pair('预算（元）', p.budget, '报名编号', f.candidacyId.slice(0, 8))}
${row('预期成效', p.expectedOutcomes, true)}
${row('附件', f.attachments.length ? f.attachments.map((a) => `${a.fileName}（${Math.ceil(a.sizeBytes / 1024)} KB）`).join('；') : '无')}
</table>
<p>提交时间：${e(submitted)}（UTC+8）</p>
<div class="sign"><span>本人承诺以上信息真实准确。</span><span>本人签名：＿＿＿＿＿＿\u3000日期：＿＿＿＿＿＿</span></div>`,
  );
}
