import { createHash } from 'node:crypto';
import { withDefaults } from '../campaign/campaign-config';
import { CAMPAIGN_STAGES } from '../campaign/campaign-stage';
import { eventHash, GENESIS_HASH } from '../integrity/event-hash';
import { type CampaignLog, verifyCampaignLog } from '../integrity/verify-campaign-log';
import type { DomainEvent } from '../shared/domain-event';
import { congressBallotReceipt } from './ballot-box';
import {
  castCongressBallot,
  checkInCongressDelegates,
  closeCongressElectionRound,
  foldCongressElection,
  issueCongressCredentials,
  openCongressElectionRound,
  registerCongressDelegates,
} from './index';
import { foldCampaign } from '../campaign/campaign';
import { foldCandidacies } from '../candidacy/candidacy';
import type { ReceiptedCongressBallot } from './congress-events';

const CAMPAIGN = 'c0000000-0000-4000-8000-000000000002';
const hash = (code: string) => createHash('sha256').update(code).digest('hex');

/** A campaign at the election with 4 finalists, 4 delegates present and an electronic round open with their codes. */
function electronicRound() {
  const history: DomainEvent[] = [
    {
      type: 'CampaignCreated',
      payload: { campaignId: CAMPAIGN, config: withDefaults({ title: 'T', organisingBody: 'F', positions: [{ key: 'vice-chair', title: 'VC', seats: 1 }] }) },
    },
    ...CAMPAIGN_STAGES.slice(1, CAMPAIGN_STAGES.indexOf('election') + 1).map((to, i) => ({
      type: 'CampaignStageAdvanced',
      payload: { campaignId: CAMPAIGN, from: CAMPAIGN_STAGES[i], to },
    })),
    { type: 'InspectionClosed', payload: { campaignId: CAMPAIGN, finalists: ['F1', 'F2', 'F3'].map((candidacyId, i) => ({ candidacyId, rank: i + 1 })) } },
  ];
  const step = (events: DomainEvent[]) => history.push(...events);
  const campaign = () => foldCampaign(history)!;
  step(registerCongressDelegates(campaign(), foldCongressElection(history), { count: 4 }));
  step(checkInCongressDelegates(campaign(), foldCongressElection(history), { delegateIds: ['D0001', 'D0002', 'D0003', 'D0004'] }));
  const roundId = 'round-1';
  step(
    openCongressElectionRound(campaign(), foldCandidacies(history), foldCongressElection(history), {
      roundId,
      positionKey: 'vice-chair',
      method: 'electronic',
      actorId: 'organiser-1',
    }),
  );
  const codes = ['a', 'b', 'c', 'd'];
  step(issueCongressCredentials(campaign(), foldCongressElection(history), { roundId, codeHashes: codes.map(hash) }));
  return { history, step, campaign, roundId, codes };
}

/** The history as the export gives it: hash-chained. */
function exported(history: DomainEvent[]): CampaignLog {
  let prevHash = GENESIS_HASH;
  const events = history.map((e, i) => {
    const fields = {
      campaignId: CAMPAIGN,
      version: i + 1,
      type: e.type,
      payload: e.payload,
      actorId: 'organiser',
      occurredAt: '2026-12-01T00:00:00.000Z',
      prevHash,
    };
    const event = { ...fields, hash: eventHash(fields) };
    prevHash = event.hash;
    return event;
  });
  return JSON.parse(JSON.stringify({ campaignId: CAMPAIGN, events }));
}

describe('the verifier and the congress ballot box', () => {
  it('recomputes a round counted from its opened box, and names the round when a ballot in the box is changed (chain re-hashed)', () => {
    const { history, step, campaign, roundId, codes } = electronicRound();
    const box: ReceiptedCongressBallot[] = [];
    const marks = [{ F1: 'approve' }, { F1: 'approve' }, { F2: 'approve' }, { F1: 'approve' }] as const;
    codes.forEach((code, i) => {
      const cast = castCongressBallot(
        campaign(),
        foldCongressElection(history),
        { ballots: box, usedCodeHashes: new Set(codes.slice(0, i).map(hash)) },
        { roundId, codeHash: hash(code), marks: marks[i] },
      );
      box.push({ ...cast.ballot, receipt: congressBallotReceipt(roundId, cast.ballot, code) });
    });
    step(
      closeCongressElectionRound(
        campaign(),
        foldCongressElection(history),
        { roundId },
        { ballots: box, usedCodeHashes: new Set(codes.map(hash)) },
        (n) => n - 1,
      ),
    );
    const report = verifyCampaignLog(exported(history));
    expect(report.problems).toEqual([]);
    expect(report.recomputed).toBe(1);

    // A forged box, re-chained so that only the recomputation can catch it: F2 gets a third ballot.
    const forged = history.map((e) =>
      e.type === 'CongressBallotBoxOpened' ? { ...e, payload: { ...(e.payload as object), ballots: box.map((b) => ({ ...b, marks: { F2: 'approve' } })) } } : e,
    );
    const problems = verifyCampaignLog(exported(forged)).problems;
    expect(problems).toEqual([expect.objectContaining({ type: 'CongressRoundClosed', message: expect.stringContaining('recomputed') })]);
  });

  it('still verifies a log written before ballot boxes, with a credential and a ballot event per vote', () => {
    const { history, step, campaign, roundId, codes } = electronicRound();
    for (const code of codes) {
      step([
        { type: 'CongressCredentialUsed', payload: { campaignId: CAMPAIGN, roundId, codeHash: hash(code) } },
        { type: 'CongressBallotCast', payload: { campaignId: CAMPAIGN, roundId, marks: { F3: 'approve' }, writeIns: [] } },
      ]);
    }
    step(closeCongressElectionRound(campaign(), foldCongressElection(history), { roundId }).filter((e) => e.type !== 'CongressBallotBoxOpened'));
    const report = verifyCampaignLog(exported(history));
    expect(report.problems).toEqual([]);
    expect(report.recomputed).toBe(1);
  });
});
