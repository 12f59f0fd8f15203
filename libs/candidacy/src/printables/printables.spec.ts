import { registrationFormHtml } from './registration-form.html';

const details = {
  name: '周<script>',
  gender: 'female',
  birthYear: 1991,
  education: '本科',
  employer: '某银行',
  sector: '金融',
  employment: 'part-time',
  grassrootsFrontline: true,
  contact: '138',
  statement: '陈述',
};
const proposal = { title: '爱心助力', problem: 'p', beneficiaries: 'b', actions: 'a', milestones: 'm', budget: '12000.00', expectedOutcomes: 'o' };

describe('printable registration form', () => {
  it('报名表: every field, the attachments, escaped', () => {
    const html = registrationFormHtml({
      campaignTitle: '公开选配',
      organisingBody: '区妇联',
      candidacyId: '12345678-aaaa',
      submittedAt: '2027-03-01T02:00:00Z',
      details,
      proposal,
      attachments: [{ fileName: '项目书.pdf', sizeBytes: 2048 }],
    });
    for (const text of ['<h1>报名表</h1>', '周&lt;script&gt;', '兼职', '12000.00', '项目书.pdf（2 KB）', '2027年3月1日', '本人签名'])
      expect(html).toContain(text);
    expect(html).not.toContain('<script>');
  });
});
