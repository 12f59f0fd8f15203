import type { ResultsView } from '@app/domain';
import { awardTierTitles } from '../award-tier-titles';
import { exceptionSentences } from '../exception-sentences';
import { STATUS_LABELS } from '../status-labels';
import { toSpreadsheetCsv } from './spreadsheet-csv';

/**
 * The result as CSV: the ranked lines; for an honours campaign, a tier column after the rank (published in no
 * particular order, the rank is empty and the lines come by name, as the view gives them). A recorded exception
 * follows the lines as a note row (说明 and its sentence), after an empty row, padded to the header's width so
 * that a spreadsheet or a strict CSV reader takes it as one more row, never as a column.
 */
export function resultsCsv(view: ResultsView): string {
  const positionTitle = new Map(view.positions.map((p) => [p.key, p.title]));
  const honours = !!view.awards;
  const tierOf = awardTierTitles(view);
  const rows = view.lines.map((l) => [
    l.rank ?? '',
    ...(honours ? [tierOf.get(l.candidacyId) ?? ''] : []),
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
    ...(honours ? ['奖项 award tier'] : []),
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
  const padded = (cells: string[]) => [...cells, ...Array<string>(header.length - cells.length).fill('')];
  const exceptions = exceptionSentences(view.exceptions);
  const notes = exceptions.length ? [padded([]), ...exceptions.map((sentence) => padded(['说明 note', sentence]))] : [];
  return toSpreadsheetCsv([header, ...rows, ...notes]);
}
