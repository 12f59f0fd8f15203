import type { CampaignLog, ExportedEvent } from './verify-campaign-log';
import { verifyChildAdoptions } from './verify-child-adoptions';

const exported = (version: number, type: string, payload: unknown): ExportedEvent => ({
  version,
  type,
  payload,
  actorId: 'organiser',
  occurredAt: '2026-01-01T00:00:00.000Z',
  prevHash: `h${version - 1}`,
  hash: `h${version}`,
});

const childLog = (elected: string[]): CampaignLog => ({
  campaignId: 'child',
  events: [
    exported(1, 'CampaignCreated', { campaignId: 'child', config: {} }),
    exported(2, 'ResultsPublished', {
      campaignId: 'child',
      publishedAt: '2026-02-01T00:00:00.000Z',
      publicityEndsAt: '2026-02-01T00:00:00.000Z',
      basedOnEventHash: 'h1',
      elected: [{ positionKey: 'p', candidacyIds: elected }],
      quotaViolations: [],
    }),
    exported(3, 'ResultsCertified', { campaignId: 'child', certifiedAt: '2026-02-02T00:00:00.000Z', basedOnEventHash: 'h2' }),
  ],
});

const submitted = (version: number, candidacyId: string, childCandidacyId: string) =>
  exported(version, 'CandidacySubmitted', {
    campaignId: 'parent',
    candidacyId,
    nomination: { channel: 'child-campaign', childCampaignId: 'child', childCandidacyId },
  });

const parentLog = (childLastEventHash = 'h3', adopted = ['k1', 'k2']): CampaignLog => ({
  campaignId: 'parent',
  events: [
    exported(1, 'CampaignCreated', { campaignId: 'parent', config: {} }),
    submitted(2, 'n1', 'k1'),
    submitted(3, 'n2', 'k2'),
    exported(4, 'ChildFinalistsAdopted', {
      campaignId: 'parent',
      childCampaignId: 'child',
      childLastEventHash,
      candidacies: adopted.map((k, i) => ({ childCandidacyId: k, candidacyId: `n${i + 1}` })),
    }),
  ],
});

describe('verifying adopted child finalists', () => {
  it('accepts an adoption that matches the child’s certified finalists', () => {
    expect(verifyChildAdoptions(parentLog(), [childLog(['k1', 'k2'])])).toEqual({ checked: 1, problems: [] });
  });

  it('finds a tampered child log: its certified finalists differ from those adopted', () => {
    const report = verifyChildAdoptions(parentLog(), [childLog(['k1', 'k3'])]);
    expect(report.checked).toBe(0);
    expect(report.problems).toEqual([expect.objectContaining({ version: 4, type: 'ChildFinalistsAdopted', message: expect.stringContaining('k3') })]);
  });

  it('finds an adoption pinned to a state of the child before certification, or to an event the child log lacks', () => {
    expect(verifyChildAdoptions(parentLog('h2'), [childLog(['k1', 'k2'])]).problems[0].message).toMatch(/no certified result/);
    expect(verifyChildAdoptions(parentLog('h9'), [childLog(['k1', 'k2'])]).problems[0].message).toMatch(/no event with hash h9/);
  });

  it('finds a finalist adopted twice in place of another, and a missing child log', () => {
    expect(verifyChildAdoptions(parentLog('h3', ['k1', 'k1']), [childLog(['k1', 'k2'])]).problems).toHaveLength(1);
    expect(verifyChildAdoptions(parentLog(), []).problems[0].message).toMatch(/was not given/);
  });

  it('finds an adopted candidacy not recorded as nominated by the child', () => {
    const log = parentLog();
    const forged = { ...log, events: [log.events[0], submitted(2, 'n1', 'k2'), ...log.events.slice(2)] };
    expect(verifyChildAdoptions(forged, [childLog(['k1', 'k2'])]).problems[0].message).toMatch(/no candidacy nominated by the child/);
  });
});
