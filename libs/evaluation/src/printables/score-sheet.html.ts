import type { RubricCriterion } from '@app/domain';
import { escapeHtml as e, printPage } from '@app/domain';

export interface ScoreSheetPrintInput {
  readonly campaignTitle: string;
  /** 项目 n under blind review; the project title otherwise. */
  readonly projectLabel: string;
  readonly candidateName: string | null;
  readonly expertName: string;
  readonly rubric: readonly RubricCriterion[];
  readonly sheet: { status: string; scores: Record<string, string>; comment: string; total: string | null } | null;
}

/** 专家评分表: the rubric with her scores (blank to fill in by hand when she has none yet), to print and sign. */
export function scoreSheetHtml(s: ScoreSheetPrintInput): string {
  const rows = s.rubric.map((c) => `<tr><td>${e(c.title)}</td><td>${e(c.max)}</td><td>${e(s.sheet?.scores[c.key] ?? '')}</td></tr>`).join('');
  const status = s.sheet
    ? (({ submitted: '已提交', draft: '草稿', unlocked: '已解锁待重交' } as Record<string, string>)[s.sheet.status] ?? s.sheet.status)
    : '未评分';
  return printPage(
    `专家评分表 · ${s.campaignTitle}`,
    `<h1>专家评分表</h1>
<p class="sub">${e(s.campaignTitle)}</p>
<table>
<tr><th>评审项目</th><td>${e(s.projectLabel)}</td></tr>
${s.candidateName ? `<tr><th>报名人</th><td>${e(s.candidateName)}</td></tr>` : ''}
<tr><th>评审专家</th><td>${e(s.expertName)}</td></tr>
<tr><th>状态</th><td>${e(status)}</td></tr>
</table>
<table>
<tr><th>评分项</th><th>满分</th><th>得分</th></tr>
${rows}
<tr><th>合计</th><td>${e(s.rubric.reduce((n, c) => n + Number(c.max), 0))}</td><td>${e(s.sheet?.total ?? '')}</td></tr>
</table>
<table><tr><th>评审意见</th><td class="long" style="height:40mm">${e(s.sheet?.comment ?? '')}</td></tr></table>
<div class="sign"><span></span><span>专家签名：＿＿＿＿＿＿\u3000日期：＿＿＿＿＿＿</span></div>`,
  );
}
