import type { CampaignState } from '../campaign/campaign';
import type { Candidacies, CandidacyState } from '../candidacy/candidacy';
import type { OrganisationTree } from '../organisation/organisation-scope';
import type { ResultsState } from '../results/results';
import type { ChildCampaign, ParentCampaign } from './child-finalists';

/** A city with three districts below it, and a second city beside it. */
export const TREE: OrganisationTree = new Map([
  ['city', { id: 'city', parentId: 'province', level: 'city' }],
  ['province', { id: 'province', parentId: null, level: 'province' }],
  ['d1', { id: 'd1', parentId: 'city', level: 'district' }],
  ['d2', { id: 'd2', parentId: 'city', level: 'district' }],
  ['s1', { id: 's1', parentId: 'd1', level: 'street' }],
  ['other-city', { id: 'other-city', parentId: 'province', level: 'city' }],
]);

export const campaignState = (id: string, stage: CampaignState['stage'], title = id): CampaignState =>
  ({ id, stage, config: { title, positions: [{ key: 'p', title: '委员', seats: 2 }] } }) as unknown as CampaignState;

export const candidacy = (id: string, candidateId: string): CandidacyState =>
  ({
    id,
    candidateId,
    details: { name: `候选人-${candidateId}`, gender: 'female', employment: 'part-time', grassrootsFrontline: true },
    proposal: { title: `项目-${id}`, budget: '100.00' },
    consent: { processing: true, publishName: true, publishEmployer: false, publishProjectTitle: true },
    status: 'accepted',
    submittedAt: '2026-01-01T00:00:00.000Z',
  }) as unknown as CandidacyState;

export function certifiedResults(elected: readonly (readonly string[])[], certified = true): ResultsState {
  return {
    election: null,
    published: {
      campaignId: 'x',
      publishedAt: '2026-02-01T00:00:00.000Z',
      publicityEndsAt: '2026-02-01T00:00:00.000Z',
      basedOnEventHash: 'h',
      elected: elected.map((candidacyIds, i) => ({ positionKey: `p${i}`, candidacyIds: [...candidacyIds] })),
      quotaViolations: [],
    },
    objections: new Map(),
    certified: certified ? { campaignId: 'x', certifiedAt: '2026-02-02T00:00:00.000Z', basedOnEventHash: 'h' } : null,
  };
}

/** A certified child campaign whose candidacies are `people` (candidacy id → candidate id) and elected `elected`. */
export function childCampaign(
  campaignId: string,
  organisationId: string | null,
  people: Record<string, string>,
  elected: readonly (readonly string[])[],
  options: { certified?: boolean } = {},
): ChildCampaign {
  const candidacies: Candidacies = new Map(Object.entries(people).map(([id, person]) => [id, candidacy(id, person)]));
  return {
    campaignId,
    campaign: campaignState(campaignId, options.certified === false ? 'publicity' : 'certified', `社区评选-${campaignId}`),
    organisationId,
    candidacies,
    results: certifiedResults(elected, options.certified !== false),
    lastEventHash: `last-${campaignId}`,
  };
}

export const parentCampaign = (overrides: Partial<ParentCampaign> = {}): ParentCampaign => ({
  campaign: campaignState('parent', 'candidacy-open', '市级评选'),
  organisationId: 'city',
  candidacies: new Map(),
  history: [],
  ...overrides,
});
