import type { ResultsView } from '@app/domain';
import { awardTierTitles } from './award-tier-titles';
import { exceptionSentences } from './exception-sentences';
import { STATUS_LABELS } from './status-labels';

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const chinaTime = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })
    : '—';

/** The public notice (公示) as a printable page: the elected, the full ranked table, the publicity period. */
export function publicNoticeHtml(view: ResultsView): string {
  const positionTitle = new Map(view.positions.map((p) => [p.key, p.title]));
  const elected = view.positions
    .map((p) => `<li><strong>${escape(p.title)}</strong>（${p.seats}名）：${p.elected.map((e) => escape(e.name)).join('、') || '—'}</li>`)
    .join('');
  // An honours campaign publishes its award tiers instead of the elected; unranked, 排名不分先后 and no scores;
  // ranked, each tier numbered by place.
  const awards = view.awards;
  const unranked = awards?.publication === 'unranked';
  const list = unranked ? 'ul' : 'ol';
  const awardLists = awards
    ? `<h2>表彰名单${unranked ? '（排名不分先后）' : ''}</h2>` +
      awards.tiers
        .map(
          (t) =>
            `<h3>${escape(t.title)}（${t.size}名）</h3><${list}>${t.members.map((m) => `<li>${escape(m.name)}${m.unit ? `（${escape(m.unit)}）` : ''}</li>`).join('') || '<li>—</li>'}</${list}>`,
        )
        .join('')
    : '';
  const tierOf = awardTierTitles(view);
  const rows = view.lines
    .map(
      (l) => `<tr><td>${l.rank ?? '—'}</td><td>${escape(l.name ?? '—')}</td><td>${escape(l.employer ?? '—')}</td><td>${escape(l.projectTitle ?? '—')}</td>
        <td class="n">${l.projectReview ?? '—'}</td><td class="n">${l.panelPoints ?? '—'}</td><td class="n">${l.jury ?? '—'}</td>
        <td class="n"><strong>${l.composite ?? '—'}</strong></td><td>${escape(STATUS_LABELS[l.status])}${l.positionKey ? `（${escape(positionTitle.get(l.positionKey))}）` : ''}${tierOf.has(l.candidacyId) ? `（${escape(tierOf.get(l.candidacyId))}）` : ''}</td></tr>`,
    )
    .join('');
  const state = view.certifiedAt
    ? `本结果已于 ${chinaTime(view.certifiedAt)} 公示期满并确认生效。`
    : `公示期至 ${chinaTime(view.publicityEndsAt)} 止。公示期间如有异议，可通过本平台“异议反映”提交，组织方将逐一书面答复。`;
  const exceptions = exceptionSentences(view.exceptions);
  const exceptionNotes = exceptions.length ? `<h2>特别说明</h2>${exceptions.map((e) => `<p class="exception">${escape(e)}</p>`).join('')}` : '';
  const corrections = view.corrections.length
    ? `<h2>更正说明</h2><ul>${view.corrections.map((c) => `<li>${chinaTime(c.recordedAt)}：${escape(c.text)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(view.title)} 结果公示</title>
<style>
  body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; line-height: 1.6; padding: 0 1rem; }
  h1 { text-align: center; font-size: 1.7rem; margin-bottom: .2rem; } .sub { text-align: center; color: #555; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; font-size: .92rem; } th, td { border: 1px solid #999; padding: .35rem .5rem; text-align: left; }
  th { background: #f3f3f3; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .weights, .hash { color: #555; font-size: .85rem; } .hash { word-break: break-all; margin-top: 2rem; }
  @media print { body { margin: 0; max-width: none; } }
</style></head>
<body>
<h1>${escape(view.title)}结果公示</h1>
<p class="sub">${escape(view.organisingBody)}</p>
${awards ? awardLists : `<h2>当选人员</h2><ul>${elected}</ul>`}${exceptionNotes}
${
  unranked
    ? ''
    : `<h2>综合成绩排名</h2>
<p class="weights">综合成绩 = 项目评审得分 × ${escape(view.weights.projectReview)}% + 专家评审组意见 × ${escape(view.weights.panelOpinion)}% + 群众评审团评分 × ${escape(view.weights.jury)}%（精确计算，各项保留两位小数）</p>
<table><thead><tr><th>排名</th><th>姓名</th><th>单位</th><th>竞职项目</th><th>项目评审</th><th>专家评审组意见</th><th>群众评审团</th><th>综合成绩</th><th>结果</th></tr></thead>
<tbody>${rows}</tbody></table>`
}
<p>${state}</p>
${corrections}
<p class="hash">数据校验 (SHA-256 of the event this result was computed at): ${escape(view.basedOnEventHash ?? '—')}</p>
</body></html>`;
}
