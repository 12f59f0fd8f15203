import { HONOURS_TEMPLATE_CONFIG } from '../pipeline/honours-template';
import type { CampaignConfig } from './campaign-config';

/** Text in both languages the web UI speaks; a template is read by organisers, not only by the api. */
export interface TemplateText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/**
 * A starting configuration an organiser fills in rather than entering everything again: positions, rubric, weights,
 * quotas and the jury's mode. Title and organising body are hers to write; dates are set per campaign.
 */
export interface CampaignTemplate {
  readonly key: string;
  readonly title: TemplateText;
  readonly description: TemplateText;
  readonly config: Partial<Omit<CampaignConfig, 'title' | 'organisingBody' | 'timeline'>> & Pick<CampaignConfig, 'positions'>;
}

/** The shape of the district selection the demo runs (apps/demo/src/district-selection.json), as it was run in 2016. */
const OPEN_SELECTION: CampaignTemplate = {
  key: 'open-selection',
  title: { 'zh-CN': '兼职副主席、兼职常委公开选配', en: 'Open selection of part-time vice-chairs and standing-committee members' },
  description: {
    'zh-CN': '3 名兼职副主席、2 名兼职常委；项目评审 40%、专家评审组意见 30%、群众评审团 30%；考察名单中基层一线不少于 30%，当选者中专职不超过 50%。',
    en: '3 part-time vice-chairs and 2 standing-committee members; project review 40 %, panel opinion 30 %, jury 30 %; at least 30 % grassroots front-line on the shortlist, at most 50 % full-time among the elected.',
  },
  config: {
    positions: [
      { key: 'vice-chair', title: '兼职副主席', seats: 3 },
      { key: 'standing-committee', title: '兼职常委', seats: 2 },
    ],
    weights: { projectReview: '40', panelOpinion: '30', jury: '30' },
    rubric: [
      { key: 'needs-fit', title: '契合妇女群众需求', max: '30', step: '0.5' },
      { key: 'feasibility', title: '可行性', max: '25', step: '0.5' },
      { key: 'innovation', title: '创新性', max: '20', step: '0.5' },
      { key: 'sustainability', title: '可持续性', max: '15', step: '0.5' },
      { key: 'presentation', title: '陈述答辩', max: '10', step: '0.5' },
    ],
    juryMode: 'score',
    competitiveMarginPercent: 20,
    quotas: [
      { attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' },
      { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
    ],
    blindReview: false,
    publicityWorkingDays: 5,
  },
};

/** A smaller selection for one body: one kind of seat, a jury that approves rather than scores. */
const COMMUNITY_REPRESENTATIVES: CampaignTemplate = {
  key: 'community-representatives',
  title: { 'zh-CN': '社区妇联执委公开选配（群众评审团投赞成票）', en: 'Open selection of community federation executive members (jury approves)' },
  description: {
    'zh-CN': '5 名社区妇联执委；群众评审团每人最多赞成 5 人；项目评审 40%、专家评审组意见 20%、群众评审团 40%；专家匿名评审；考察名单中基层一线不少于 50%。',
    en: '5 community executive members; each juror approves at most 5; project review 40 %, panel opinion 20 %, jury 40 %; blind expert review; at least 50 % grassroots front-line on the shortlist.',
  },
  config: {
    positions: [{ key: 'executive-member', title: '社区妇联执委', seats: 5 }],
    weights: { projectReview: '40', panelOpinion: '20', jury: '40' },
    juryMode: 'approval',
    approvalLimit: 5,
    competitiveMarginPercent: 20,
    quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 50, appliesTo: 'shortlist' }],
    blindReview: true,
    publicityWorkingDays: 5,
  },
};

/** Honours (e.g. a city's 十佳家庭): nomination, a public vote, inspection, two award tiers published in no particular order. */
const HONOURS: CampaignTemplate = {
  key: 'honours',
  title: { 'zh-CN': '评选表彰（如十佳家庭）', en: 'Honours and awards (e.g. ten best families)' },
  description: {
    'zh-CN': '推荐 → 群众投票（每人最多赞成 10 个）→ 组织考察 → 两个奖项各 10 名 → 公示；不设专家评审，名单排名不分先后。',
    en: 'Nomination → public vote (each voter approves up to 10) → inspection → two award tiers of ten → publicity; no expert review, the list is published in no particular order.',
  },
  config: {
    ...HONOURS_TEMPLATE_CONFIG,
    // An honours campaign's places are its award tiers' (placesToFill); the one position names what is awarded.
    positions: [{ key: 'award', title: '十佳家庭', seats: 20 }],
    quotas: [],
    blindReview: false,
    publicityWorkingDays: 5,
  },
};

export const CAMPAIGN_TEMPLATES: readonly CampaignTemplate[] = [OPEN_SELECTION, COMMUNITY_REPRESENTATIVES, HONOURS];

export const campaignTemplate = (key: string): CampaignTemplate | undefined => CAMPAIGN_TEMPLATES.find((t) => t.key === key);
