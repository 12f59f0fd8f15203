import { DEFAULT_REVIEW_RUBRIC } from '@app/domain';
import { scoreSheetHtml } from './score-sheet.html';

describe('printable score sheet', () => {
  it('评分表: the rubric with her scores and total, or blank lines to fill in', () => {
    const filled = scoreSheetHtml({
      campaignTitle: '公开选配',
      projectLabel: '项目 1',
      candidateName: null,
      expertName: '王教授',
      rubric: DEFAULT_REVIEW_RUBRIC,
      sheet: { status: 'submitted', scores: { 'needs-fit': '25.5' }, comment: '好', total: '85' },
    });
    expect(filled).toContain('<td>25.5</td>');
    expect(filled).toContain('<td>100</td><td>85</td>');
    expect(filled).toContain('已提交');
    expect(filled).not.toContain('报名人');
    const blank = scoreSheetHtml({
      campaignTitle: '公开选配',
      projectLabel: '项目 1',
      candidateName: '周晓雯',
      expertName: '王教授',
      rubric: DEFAULT_REVIEW_RUBRIC,
      sheet: null,
    });
    expect(blank).toContain('未评分');
    expect(blank).toContain('<th>报名人</th><td>周晓雯</td>');
    for (const c of DEFAULT_REVIEW_RUBRIC) expect(blank).toContain(`<td>${c.title}</td><td>${c.max}</td><td></td>`);
  });
});
