import { DEFAULT_REVIEW_RUBRIC } from '@app/domain';
import { scoreSheetHtml } from '../../../evaluation/src/printables/score-sheet.html';
import { registrationFormHtml } from './registration-form.html';

const details = { name: '周<script>', gender: 'female', birthYear: 1991, education: '本科', employer: '某银行', sector: '金融', employment: 'part-time', grassrootsFrontline: true, contact: '138', statement: '陈述' };
const proposal = { title: '爱心助力', problem: 'p', beneficiaries: 'b', actions: 'a', milestones: 'm', budget: '12000.00', expectedOutcomes: 'o' };

describe('printable forms', () => {
  it('报名表: every field, the attachments, escaped', () => {
    const html = registrationFormHtml({ campaignTitle: '公开选配', organisingBody: '区妇联', candidacyId: '12345678-aaaa', submittedAt: '2027-03-01T02:00:00Z', details, proposal, attachments: [{ fileName: '项目书.pdf', sizeBytes: 2048 }] });
    for (const text of ['<h1>报名表</h1>', '周&lt;script&gt;', '兼职', '12000.00', '项目书.pdf（2 KB）', '2027年3月1日', '本人签名']) expect(html).toContain(text);
    expect(html).not.toContain('<script>');
  });

  it('评分表: the rubric with her scores and total, or blank lines to fill in', () => {
    const filled = scoreSheetHtml({ campaignTitle: '公开选配', projectLabel: '项目 1', candidateName: null, expertName: '王教授', rubric: DEFAULT_REVIEW_RUBRIC, sheet: { status: 'submitted', scores: { 'needs-fit': '25.5' }, comment: '好', total: '85' } });
    expect(filled).toContain('<td>25.5</td>');
    expect(filled).toContain('<td>100</td><td>85</td>');
    expect(filled).toContain('已提交');
    expect(filled).not.toContain('报名人');
    const blank = scoreSheetHtml({ campaignTitle: '公开选配', projectLabel: '项目 1', candidateName: '周晓雯', expertName: '王教授', rubric: DEFAULT_REVIEW_RUBRIC, sheet: null });
    expect(blank).toContain('未评分');
    expect(blank).toContain('<th>报名人</th><td>周晓雯</td>');
    for (const c of DEFAULT_REVIEW_RUBRIC) expect(blank).toContain(`<td>${c.title}</td><td>${c.max}</td><td></td>`);
  });
});
