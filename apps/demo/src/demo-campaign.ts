import data from './district-selection.json';

/** The demo campaign (modelled on a real 2016 district selection; names invented), as request bodies. */
export interface DemoCandidate {
  readonly key: string;
  readonly name: string;
  readonly body: { details: Record<string, unknown>; proposal: Record<string, unknown>; consent: Record<string, boolean> };
}

export const demoCampaignBody = () => ({
  title: data.campaign.title,
  organisingBody: data.campaign.organisingBody,
  positions: data.campaign.positions,
  weights: {
    projectReview: String(data.campaign.weights.projectReview),
    panelOpinion: String(data.campaign.weights.panelOpinion),
    jury: String(data.campaign.weights.jury),
  },
  rubric: data.campaign.rubric.map((c) => ({ key: c.key, title: c.title, max: String(c.max), step: String(c.step) })),
  juryMode: data.campaign.juryMode,
  competitiveMarginPercent: data.campaign.competitiveMarginPercent,
  quotas: data.campaign.quotas.map((q) => ({ ...q, appliesTo: q.appliesTo as 'shortlist' | 'elected' })),
  // The demo certifies at once; a real campaign keeps the default of 5 working days of publicity.
  publicityWorkingDays: 0,
});

export const demoCandidates = (): DemoCandidate[] =>
  data.candidates.map((c, i) => ({
    key: `candidate-${String(i + 1).padStart(2, '0')}`,
    name: c.name,
    body: {
      details: {
        name: c.name,
        contact: `139-0000-${String(1000 + i)}`,
        gender: 'female',
        birthYear: c.birthYear,
        education: c.education,
        employer: c.employer,
        sector: c.sector,
        employment: c.employment,
        grassrootsFrontline: c.grassrootsFrontline,
        statement: `在${c.employer}工作，长期关心妇女儿童工作，愿以“${c.project.title}”项目服务基层妇女群众。`,
      },
      proposal: {
        title: c.project.title,
        problem: c.project.summary,
        beneficiaries: '辖区妇女群众及其家庭',
        actions: c.project.summary,
        milestones: '第一季度调研启动，第二季度试点，第三季度推广，年底总结评估。',
        budget: String(20000 + i * 1500),
        expectedOutcomes: `一年内形成可复制的“${c.project.title}”工作模式。`,
      },
      consent: { processing: true, publishName: true, publishEmployer: true, publishProjectTitle: true },
    },
  }));
