import type { ResultsView } from '@app/domain';
import { STATUS_LABELS } from '../status-labels';
import { toSpreadsheetCsv } from './spreadsheet-csv';

/** The ranked result as CSV. */
export function resultsCsv(view: ResultsView): string {
  const positionTitle = new Map(view.positions.map((p) => [p.key, p.title]));
  const rows = view.lines.map((l) => [
    l.rank ?? '',
    l.name ?? '—',
    l.employer ?? '—',
    l.projectTitle ?? '—',
    l.grassrootsFrontline ? '是' : '否',
    l.projectReview ?? '',
    l.panelPoints ?? '',
    l.jury ?? '',
    l.composite ?? '',
    STATUS_LABELS[l.status],
    l.positionKey ? (positionTitle.get(l.positionKey) ?? l.positionKey) : '',
  ]);
  const header = [
    '排名 rank',
    '姓名 name',
    '单位 employer',
    '竞职项目 project',
    '基层一线 grassroots',
    '项目评审 project review',
    '专家评审组意见 panel',
    '群众评审团 jury',
    '综合成绩 composite',
    '结果 status',
    '当选职务 position',
  ];
  return toSpreadsheetCsv([header, ...rows]);
}
