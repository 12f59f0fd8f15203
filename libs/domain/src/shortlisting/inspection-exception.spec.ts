import type { CampaignState } from '../campaign/campaign';
import { withDefaults } from '../campaign/campaign-config';
import { thrownDomainError } from '../shared/domain-error.testing';
import { closeInspection } from './inspection';
import type { ShortlistingState } from './shortlisting-state';

const campaign: CampaignState = {
  id: 'c1',
  stage: 'inspection',
  config: withDefaults({ title: 'T', organisingBody: 'B', positions: [{ key: 'member', title: '常委', seats: 2 }] }),
} as CampaignState;

const passed = (ids: string[]): ShortlistingState => ({
  ranking: [],
  members: ids.map((candidacyId, i) => ({ candidacyId, rank: i + 1 })),
  inspections: new Map(ids.map((id) => [id, { campaignId: 'c1', candidacyId: id, result: 'pass' as const, findings: 'ok', inspectorId: 'i' }])),
  failed: new Set(),
  finalists: null,
});

describe('closing inspection with too few finalists (an exception with a written reason)', () => {
  it.each([
    // finalists, reason, outcome (refusal code, or the exception recorded)
    [['A', 'B', 'C'], undefined, 'competitive, no exception'],
    [['A', 'B'], undefined, 'inspection.not-competitive'],
    [['A', 'B'], '  ', 'inspection.not-competitive'],
    [['A', 'B'], '仅两人通过考察，经研究进行等额选举', { reason: '仅两人通过考察，经研究进行等额选举', finalists: 2, seats: 2 }],
    [['A'], '仅一人通过考察', { reason: '仅一人通过考察', finalists: 1, seats: 2 }],
    [[], '无人通过', 'inspection.no-finalists'],
  ])('%j with reason %j → %j', (ids, exceptionReason, outcome) => {
    if (typeof outcome === 'string' && outcome.startsWith('inspection.')) {
      const refusal = thrownDomainError(() => closeInspection(campaign, passed(ids), { exceptionReason }));
      expect(refusal.code).toBe(outcome);
      if (outcome === 'inspection.not-competitive') expect(refusal.field).toBe('exceptionReason');
      return;
    }
    const [closed, advanced] = closeInspection(campaign, passed(ids), { exceptionReason });
    if (typeof outcome === 'string') expect(closed.payload).not.toHaveProperty('exception');
    else expect(closed.payload).toMatchObject({ exception: outcome });
    expect(advanced.payload).toMatchObject({ from: 'inspection', to: 'election' });
  });
});
