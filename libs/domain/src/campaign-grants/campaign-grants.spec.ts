import type { Candidacies, CandidacyState } from '../candidacy/candidacy';
import { refusalCode } from '../shared/domain-error.testing';
import type { CampaignState } from '../campaign/campaign';
import { assertNotGrantedInCampaign, type CampaignGrants, foldCampaignGrants, grantCampaignRole, revokeCampaignRole } from './campaign-grants';

const campaign = { id: 'c1', stage: 'inspection' } as CampaignState;
const candidacies: Candidacies = new Map([['k1', { id: 'k1', candidateId: 'zhang', status: 'accepted' } as CandidacyState]]);
const none: CampaignGrants = new Map();

describe('per-campaign grants', () => {
  it('grants an inspector or a counting officer, named, as an event of the campaign', () => {
    expect(grantCampaignRole(campaign, candidacies, none, { personId: 'zhao', name: '赵考察', role: 'inspector' })).toEqual([
      { type: 'CampaignRoleGranted', payload: { campaignId: 'c1', personId: 'zhao', name: '赵考察', role: 'inspector' } },
    ]);
  });

  it('folds grants and revocations: a revoked role is no longer held', () => {
    const grants = foldCampaignGrants([
      { type: 'CampaignRoleGranted', payload: { campaignId: 'c1', personId: 'zhao', name: '赵', role: 'inspector' } },
      { type: 'CampaignRoleGranted', payload: { campaignId: 'c1', personId: 'zhao', name: '赵', role: 'counting-officer' } },
      { type: 'CampaignRoleRevoked', payload: { campaignId: 'c1', personId: 'zhao', role: 'inspector' } },
    ]);
    expect([...(grants.get('zhao')?.roles ?? [])]).toEqual(['counting-officer']);
  });

  it('never grants a role to a candidate of the same campaign', () => {
    expect(refusalCode(() => grantCampaignRole(campaign, candidacies, none, { personId: 'zhang', name: '张', role: 'inspector' }))).toBe(
      'grant.person-is-candidate',
    );
  });

  it('refuses a role she already holds, and revoking one she does not hold', () => {
    const grants = foldCampaignGrants([{ type: 'CampaignRoleGranted', payload: { campaignId: 'c1', personId: 'zhao', name: '赵', role: 'inspector' } }]);
    expect(refusalCode(() => grantCampaignRole(campaign, candidacies, grants, { personId: 'zhao', name: '赵', role: 'inspector' }))).toBe('grant.exists');
    expect(refusalCode(() => revokeCampaignRole(campaign, grants, { personId: 'zhao', role: 'counting-officer' }))).toBe('grant.not-found');
    expect(revokeCampaignRole(campaign, grants, { personId: 'zhao', role: 'inspector' })).toEqual([
      { type: 'CampaignRoleRevoked', payload: { campaignId: 'c1', personId: 'zhao', role: 'inspector' } },
    ]);
  });

  it('needs a person id and a name, and one of the grantable roles', () => {
    expect(refusalCode(() => grantCampaignRole(campaign, candidacies, none, { personId: ' ', name: '赵', role: 'inspector' }))).toBe('grant.person-id');
    expect(refusalCode(() => grantCampaignRole(campaign, candidacies, none, { personId: 'zhao', name: '', role: 'inspector' }))).toBe('grant.name');
    expect(refusalCode(() => grantCampaignRole(campaign, candidacies, none, { personId: 'zhao', name: '赵', role: 'organiser' as never }))).toBe('grant.role');
  });

  it('a person granted a role (ever, even revoked: she has seen the campaign from inside) can never become its candidate', () => {
    const grants = foldCampaignGrants([
      { type: 'CampaignRoleGranted', payload: { campaignId: 'c1', personId: 'zhao', name: '赵', role: 'inspector' } },
      { type: 'CampaignRoleRevoked', payload: { campaignId: 'c1', personId: 'zhao', role: 'inspector' } },
    ]);
    expect(refusalCode(() => assertNotGrantedInCampaign(grants, 'zhao'))).toBe('candidacy.person-holds-campaign-role');
    expect(refusalCode(() => assertNotGrantedInCampaign(grants, 'someone-else'))).toBeUndefined();
  });
});
