/** Realistic request bodies for tests, modelled on the demo campaign (names and projects invented). */
export const campaignBody = (overrides: Record<string, unknown> = {}) => ({
  title: '区妇联兼职副主席、兼职常委公开选配',
  organisingBody: '某区妇女联合会',
  positions: [
    { key: 'vice-chair', title: '兼职副主席', seats: 3 },
    { key: 'standing-committee', title: '兼职常委', seats: 2 },
  ],
  weights: { projectReview: '40', panelOpinion: '30', jury: '30' },
  juryMode: 'score',
  competitiveMarginPercent: 20,
  quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' }],
  ...overrides,
});

export const candidacyBody = (
  name = '周晓雯',
  overrides: { details?: Record<string, unknown>; proposal?: Record<string, unknown>; consent?: Record<string, unknown> } = {},
) => ({
  details: {
    name,
    contact: '138-0000-0000',
    gender: 'female',
    birthYear: 1991,
    education: '本科',
    employer: '某商业银行支行',
    sector: '金融',
    employment: 'part-time',
    grassrootsFrontline: true,
    statement: '长期参与社区志愿服务，希望为困难家庭做实事。',
    ...overrides.details,
  },
  proposal: {
    title: '爱心助力困难家庭',
    problem: '辖区困难家庭缺少理财知识和就业渠道。',
    beneficiaries: '辖区约200户困难家庭',
    actions: '联合银行网点志愿者开展理财课堂、就业对接和子女助学结对。',
    milestones: '三个月内建立结对名单，一年内完成四期课堂。',
    budget: '12000.00',
    expectedOutcomes: '结对帮扶100户，就业对接30人。',
    ...overrides.proposal,
  },
  consent: { processing: true, publishName: true, publishEmployer: true, publishProjectTitle: true, ...overrides.consent },
});
