import { refusalCode, thrownDomainError } from '../shared/domain-error.testing';
import { advanceCampaignStage, type CampaignState, discardDraftCampaign, foldCampaign, requireCampaign } from './campaign';
import { type CampaignStage, CAMPAIGN_STAGES, nextStage } from './campaign-stage';

const at = (stage: CampaignStage): CampaignState => ({ id: 'camp', stage, config: {} as CampaignState['config'] });

describe('advanceCampaignStage', () => {
  // Stages whose entry does the work of the stage before (checks, records): a bare transition must not skip it.
  it.each([
    ['project-review', 'panel-opinion', 'stage.use-close-project-review'],
    ['ranking', 'inspection', 'stage.use-freeze-ranking'],
    ['inspection', 'election', 'stage.use-close-inspection'],
    ['election', 'publicity', 'stage.use-publish-results'],
    ['publicity', 'certified', 'stage.use-certify-results'],
  ] as [CampaignStage, CampaignStage, string][])('refuses %s → %s by a bare transition (%s)', (from, to, code) => {
    expect(refusalCode(() => advanceCampaignStage(at(from), to))).toBe(code);
  });

  it.each([
    ['draft', 'candidacy-open'],
    ['candidacy-open', 'qualification-review'],
    ['qualification-review', 'project-review'],
    ['panel-opinion', 'jury'],
    ['jury', 'ranking'],
  ] as [CampaignStage, CampaignStage][])('allows %s → %s', (from, to) => {
    expect(advanceCampaignStage(at(from), to)).toEqual([{ type: 'CampaignStageAdvanced', payload: { campaignId: 'camp', from, to, reason: undefined } }]);
  });

  it('never skips a stage or goes back', () => {
    for (const from of CAMPAIGN_STAGES) {
      for (const to of CAMPAIGN_STAGES) {
        if (to === nextStage(from)) continue;
        expect(refusalCode(() => advanceCampaignStage(at(from), to))).toMatch(/^stage\./);
      }
    }
  });
});

describe('discardDraftCampaign', () => {
  it('discards a draft: the event is recorded and every later command finds no campaign', () => {
    const events = discardDraftCampaign(at('draft'));
    expect(events).toEqual([{ type: 'DraftCampaignDiscarded', payload: { campaignId: 'camp' } }]);
    const created = { type: 'CampaignCreated', payload: { campaignId: 'camp', config: {} } };
    const state = foldCampaign([created, ...events]);
    expect(state).toMatchObject({ id: 'camp', discarded: true });
    expect(thrownDomainError(() => requireCampaign(state, 'camp'))).toMatchObject({ code: 'campaign.discarded', kind: 'not-found' });
  });

  it.each(CAMPAIGN_STAGES.filter((s) => s !== 'draft'))('refuses once the campaign has left draft (%s)', (stage) => {
    expect(refusalCode(() => discardDraftCampaign(at(stage)))).toBe('campaign.not-draft');
  });
});
