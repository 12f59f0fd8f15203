import { createHash, randomInt } from 'node:crypto';
import { type CampaignState, foldCampaign } from '../campaign/campaign';
import { type CampaignConfig, withDefaults } from '../campaign/campaign-config';
import { CAMPAIGN_STAGES, type CampaignStage } from '../campaign/campaign-stage';
import { type Candidacies, foldCandidacies } from '../candidacy/candidacy';
import type { DomainEvent } from '../shared/domain-event';
import type { CandidateMarks, CongressBallot } from './ballot-count';
import {
  cancelCongressCheckIn,
  castCongressBallot,
  checkElectedQuotas,
  checkInCongressDelegates,
  closeCongressElectionRound,
  congressProgress,
  foldCongressElection,
  issueCongressCredentials,
  nextCongressRound,
  openCongressElectionRound,
  type OpenCongressRoundInput,
  recordCongressPaperCount,
  registerCongressDelegates,
  setCongressElectionRules,
} from './index';
import type { CongressBallotBoxOpened, CongressRoundClosed, ReceiptedCongressBallot } from './congress-events';
import { congressBallotReceipt, type RandomIndex } from './ballot-box';

const CAMPAIGN = 'c0000000-0000-4000-8000-000000000001';
const hash = (code: string) => createHash('sha256').update(code).digest('hex');
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

const config = (
  positions = [
    { key: 'vice-chair', title: '兼职副主席', seats: 3 },
    { key: 'standing-committee', title: '兼职常委', seats: 2 },
  ],
): CampaignConfig => withDefaults({ title: 'Test', organisingBody: 'Federation', positions });

/** A campaign's stream, built up by applying the decisions under test. */
class Congress {
  history: DomainEvent[] = [];
  private rounds = 0;

  constructor(
    readonly finalists: string[] = ids('F', 6),
    cfg: CampaignConfig = config(),
    stage: CampaignStage = 'election',
  ) {
    this.history.push({ type: 'CampaignCreated', payload: { campaignId: CAMPAIGN, config: cfg } });
    for (let i = 1; i <= CAMPAIGN_STAGES.indexOf(stage); i++) {
      this.history.push({ type: 'CampaignStageAdvanced', payload: { campaignId: CAMPAIGN, from: CAMPAIGN_STAGES[i - 1], to: CAMPAIGN_STAGES[i] } });
    }
    if (finalists.length) {
      this.history.push({
        type: 'InspectionClosed',
        payload: { campaignId: CAMPAIGN, finalists: finalists.map((candidacyId, i) => ({ candidacyId, rank: i + 1 })) },
      });
    }
  }

  get campaign(): CampaignState {
    return foldCampaign(this.history)!;
  }
  get state() {
    return foldCongressElection(this.history);
  }
  get candidacies(): Candidacies {
    return foldCandidacies(this.history);
  }

  apply<E extends DomainEvent>(events: E[]): E[] {
    this.history.push(...events);
    return events;
  }

  delegates(registered: number, present: number): this {
    this.apply(registerCongressDelegates(this.campaign, this.state, { count: registered }));
    if (present > 0)
      this.apply(checkInCongressDelegates(this.campaign, this.state, { delegateIds: ids('D', present).map((d) => `D${d.slice(1).padStart(4, '0')}`) }));
    return this;
  }

  open(positionKey: string, method: 'paper' | 'electronic', extra: Partial<OpenCongressRoundInput> = {}) {
    const roundId = `round-${++this.rounds}`;
    const [opened] = this.apply(
      openCongressElectionRound(this.campaign, this.candidacies, this.state, { roundId, positionKey, method, actorId: 'organiser-1', ...extra }),
    );
    return opened.payload;
  }

  /** A paper count: approvals per candidate; every other valid ballot opposes. */
  paper(roundId: string, approvals: Record<string, number>, counts: { issued?: number; returned?: number; invalid?: number } = {}) {
    const round = this.state.rounds.find((r) => r.roundId === roundId)!;
    const issued = counts.issued ?? round.presentDelegates;
    const returned = counts.returned ?? issued;
    const invalidBallots = counts.invalid ?? 0;
    const valid = returned - invalidBallots;
    const perCandidate: Record<string, CandidateMarks> = Object.fromEntries(
      round.candidateIds.map((id) => [id, { approve: approvals[id] ?? 0, oppose: valid - (approvals[id] ?? 0), abstain: 0 }]),
    );
    this.apply(
      recordCongressPaperCount(this.campaign, this.state, {
        roundId,
        count: { ballotsIssued: issued, ballotsReturned: returned, invalidBallots, perCandidate },
      }),
    );
  }

  /** Issues one code per present delegate and returns the codes. */
  credentials(roundId: string): string[] {
    const round = this.state.rounds.find((r) => r.roundId === roundId)!;
    const codes = Array.from({ length: round.presentDelegates }, (_, i) => `${roundId}-code-${i}`);
    this.apply(issueCongressCredentials(this.campaign, this.state, { roundId, codeHashes: codes.map(hash) }, this.boxOf(roundId)));
    return codes;
  }

  /** Each round's ballot box, as the ballot-box table keeps it while the round is open. */
  readonly boxes = new Map<string, { ballots: ReceiptedCongressBallot[]; usedCodeHashes: Set<string> }>();

  boxOf(roundId: string) {
    if (!this.boxes.has(roundId)) this.boxes.set(roundId, { ballots: [], usedCodeHashes: new Set() });
    return this.boxes.get(roundId)!;
  }

  vote(roundId: string, code: string, ballot: CongressBallot) {
    const box = this.boxOf(roundId);
    const cast = castCongressBallot(this.campaign, this.state, box, { roundId, codeHash: hash(code), marks: ballot.marks, writeIns: ballot.writeIns });
    box.ballots.push({ ...cast.ballot, receipt: congressBallotReceipt(roundId, cast.ballot, `salt-${code}`) });
    box.usedCodeHashes.add(hash(code));
    return cast.verdict;
  }

  close(roundId: string, randomIndex: RandomIndex = (bound) => randomInt(bound)) {
    const events = this.apply(closeCongressElectionRound(this.campaign, this.state, { roundId }, this.boxOf(roundId), randomIndex));
    return {
      closed: events.find((e): e is CongressRoundClosed => e.type === 'CongressRoundClosed')!.payload,
      types: events.map((e) => e.type).filter((t) => t !== 'CongressBallotBoxOpened'),
      events,
    };
  }
}

const rejects = (code: string, kind?: string) => expect.objectContaining({ code, ...(kind ? { kind } : {}) });

describe('congress election — quorum', () => {
  it.each([
    // registered, present, opens? (more than 2/3 of registered must be present)
    [120, 100, true],
    [120, 81, true],
    [120, 80, false], // exactly 2/3 is not more than 2/3
    [120, 0, false],
    [3, 3, true],
    [3, 2, false],
    [10, 7, true],
    [10, 6, false],
  ])('%i registered, %i present → opens: %s', (registered, present, opens) => {
    const c = new Congress().delegates(registered, present);
    const attempt = () => c.open('vice-chair', 'paper');
    if (opens) {
      const round = attempt();
      expect(round).toMatchObject({ registeredDelegates: registered, presentDelegates: present, kind: 'first', number: 1 });
    } else {
      expect(attempt).toThrow(rejects('election.quorum-not-met', 'conflict'));
      expect(c.state.rounds).toEqual([]);
    }
  });

  it('counts only delegates checked in before the round opens; a late arrival counts from the next round', () => {
    const c = new Congress().delegates(120, 80);
    expect(() => c.open('vice-chair', 'paper')).toThrow(rejects('election.quorum-not-met'));
    c.apply(checkInCongressDelegates(c.campaign, c.state, { delegateIds: ['D0081'] }));
    expect(c.open('vice-chair', 'paper').presentDelegates).toBe(81);
  });

  it('withdraws a mistaken check-in (with a reason) between rounds only; the quorum counts without her', () => {
    const c = new Congress().delegates(120, 81);
    expect(() => c.apply(cancelCongressCheckIn(c.campaign, c.state, { delegateId: 'D0081', reason: '  ' }))).toThrow(rejects('election.reason-required'));
    expect(() => c.apply(cancelCongressCheckIn(c.campaign, c.state, { delegateId: 'D0099', reason: '扫错' }))).toThrow(rejects('election.not-checked-in'));
    expect(() => c.apply(cancelCongressCheckIn(c.campaign, c.state, { delegateId: 'X', reason: '扫错' }))).toThrow(rejects('election.delegate-not-found'));
    c.apply(cancelCongressCheckIn(c.campaign, c.state, { delegateId: 'D0081', reason: '扫错了代表证' }));
    expect(c.state.delegates.get('D0081')!.checkedIn).toBe(false);
    expect(() => c.open('vice-chair', 'paper')).toThrow(rejects('election.quorum-not-met')); // 80 of 120 is not more than 2/3
    c.apply(checkInCongressDelegates(c.campaign, c.state, { delegateIds: ['D0081'] }));
    c.open('vice-chair', 'paper');
    expect(() => c.apply(cancelCongressCheckIn(c.campaign, c.state, { delegateId: 'D0081', reason: '扫错' }))).toThrow(rejects('election.round-open'));
  });

  it('uses the configured quorum and majority base', () => {
    const c = new Congress();
    c.apply(setCongressElectionRules(c.campaign, c.state, { quorum: { numerator: 1, denominator: 2 }, majorityBase: 'registered' }));
    c.delegates(120, 61);
    const round = c.open('vice-chair', 'paper');
    expect(round).toMatchObject({ quorum: { numerator: 1, denominator: 2 }, majorityBase: 'registered' });
    // more than half of the 120 registered: 61 approvals
    c.paper(round.roundId, { F1: 61, F2: 61, F3: 60, F4: 1 });
    expect(c.close(round.roundId).closed).toMatchObject({ status: 'further-round-required', positionElected: ['F1', 'F2'] });
    expect(() => c.apply(setCongressElectionRules(c.campaign, c.state, { majorityBase: 'present' }))).toThrow(rejects('election.rules-fixed'));
  });

  it('refuses roster changes once a round has opened, and check-ins of strangers or twice', () => {
    const c = new Congress().delegates(10, 8);
    expect(() => c.apply(checkInCongressDelegates(c.campaign, c.state, { delegateIds: ['D0001'] }))).toThrow(rejects('election.already-checked-in'));
    expect(() => c.apply(checkInCongressDelegates(c.campaign, c.state, { delegateIds: ['nobody'] }))).toThrow(
      rejects('election.delegate-not-found', 'not-found'),
    );
    c.open('vice-chair', 'paper');
    expect(() => c.apply(registerCongressDelegates(c.campaign, c.state, { count: 1 }))).toThrow(rejects('election.roster-closed'));
  });

  it.each([
    ['a count', { count: 3 }, ['D0001', 'D0002', 'D0003']],
    ['a list', { delegates: [{ delegateId: 'hz-01', name: '王红' }, { delegateId: 'hz-02' }] }, ['hz-01', 'hz-02']],
  ])('registers delegates from %s', (_name, input, expected) => {
    const c = new Congress();
    c.apply(registerCongressDelegates(c.campaign, c.state, input));
    expect([...c.state.delegates.keys()]).toEqual(expected);
  });

  it('names delegates registered by a count by their ids, in no language, as a listed delegate without a name is', () => {
    const c = new Congress();
    c.apply(registerCongressDelegates(c.campaign, c.state, { count: 2 }));
    c.apply(registerCongressDelegates(c.campaign, c.state, { delegates: [{ delegateId: 'hz-01' }] }));
    expect([...c.state.delegates.values()].map((d) => [d.delegateId, d.name])).toEqual([
      ['D0001', 'D0001'],
      ['D0002', 'D0002'],
      ['hz-01', 'hz-01'],
    ]);
  });

  it.each([
    ['neither list nor count', {}, 'election.roster-input'],
    ['both', { count: 1, delegates: [{ delegateId: 'a' }] }, 'election.roster-input'],
    ['a zero count', { count: 0 }, 'election.count-invalid'],
    ['a repeated id', { delegates: [{ delegateId: 'a' }, { delegateId: 'a' }] }, 'election.duplicate-delegate'],
    ['a malformed id', { delegates: [{ delegateId: 'a b' }] }, 'election.delegate-id-invalid'],
  ])('refuses a roster with %s', (_name, input, code) => {
    const c = new Congress();
    expect(() => registerCongressDelegates(c.campaign, c.state, input)).toThrow(rejects(code, 'invalid'));
  });
});

describe('congress election — competitive rounds', () => {
  it.each([
    // finalists, seats, exception, opens?
    [4, 3, undefined, true],
    [3, 3, undefined, false],
    [2, 3, undefined, false],
    [3, 3, '上级批准等额选举', true],
    [3, 3, '   ', false],
  ])('%i finalists for %i seats, exception %p → opens: %s', (finalists, seats, reason, opens) => {
    const c = new Congress(ids('F', finalists), config([{ key: 'vice-chair', title: 'VC', seats }])).delegates(10, 10);
    const attempt = () => c.open('vice-chair', 'paper', reason === undefined ? {} : { competitiveException: { reason } });
    if (opens) {
      expect(attempt()).toMatchObject({
        candidateIds: ids('F', finalists),
        competitiveException: reason ? { reason, recordedBy: 'organiser-1' } : null,
      });
    } else {
      expect(attempt).toThrow(rejects('election.not-competitive', 'conflict'));
    }
  });

  it('refuses to open before inspection has produced finalists, outside the election stage, or a second round at once', () => {
    expect(() => new Congress([]).delegates(10, 10).open('vice-chair', 'paper')).toThrow(rejects('election.no-finalists'));
    const early = new Congress(ids('F', 6), config(), 'inspection');
    early.apply(registerCongressDelegates(early.campaign, early.state, { count: 10 }));
    expect(() => early.open('vice-chair', 'paper')).toThrow(rejects('stage.wrong'));
    const c = new Congress().delegates(10, 10);
    c.open('vice-chair', 'paper');
    expect(() => c.open('vice-chair', 'paper')).toThrow(rejects('election.round-open'));
  });
});

describe('congress election — positions in order', () => {
  it('elects the vice-chairs first, then the standing committee from the finalists not elected', () => {
    const c = new Congress().delegates(100, 100);
    expect(() => c.open('standing-committee', 'paper')).toThrow(rejects('election.position-out-of-order'));
    const vc = c.open('vice-chair', 'paper');
    expect(vc.candidateIds).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
    c.paper(vc.roundId, { F1: 60, F2: 10, F3: 70, F4: 20, F5: 80, F6: 30 });
    const { closed, types } = c.close(vc.roundId);
    expect(closed).toMatchObject({ status: 'elected', positionElected: ['F5', 'F3', 'F1'] });
    expect(types).toEqual(['CongressRoundClosed', 'CongressPositionFilled']);
    expect(() => c.open('vice-chair', 'paper')).toThrow(rejects('election.position-filled'));

    const sc = c.open('standing-committee', 'paper');
    expect(sc).toMatchObject({ kind: 'first', seats: 2, candidateIds: ['F2', 'F4', 'F6'], positionRound: 1, number: 2 });
  });

  it('reports every position’s progress and the round it needs next', () => {
    const c = new Congress().delegates(100, 100);
    expect(congressProgress(c.state, c.campaign.config).map((p) => [p.position.key, p.filled, p.next?.kind, p.next?.candidateIds.length])).toEqual([
      ['vice-chair', false, 'first', 6],
      ['standing-committee', false, 'first', 6],
    ]);
  });
});

describe('congress election — run-off, further round, void round', () => {
  it('a tie at the last seat → a run-off among the tied, most approvals wins without a majority', () => {
    const c = new Congress().delegates(120, 100);
    const r1 = c.open('vice-chair', 'paper');
    // majority = 51 of 100 present; F3 and F4 tie for the third seat; F5 has exactly half and is not elected
    c.paper(r1.roundId, { F1: 70, F2: 58, F3: 52, F4: 52, F5: 50, F6: 10 }, { invalid: 2 });
    const first = c.close(r1.roundId).closed;
    expect(first).toMatchObject({ status: 'run-off-required', runOff: { seats: 1, candidateIds: ['F3', 'F4'] }, positionElected: ['F1', 'F2'] });
    expect(first.minutes.candidates.find((l) => l.candidateId === 'F5')).toMatchObject({ approve: 50, passesMajority: false, outcome: 'not-elected' });

    expect(() => c.open('vice-chair', 'paper', { allowWriteIns: true })).toThrow(rejects('election.write-ins-not-in-run-off'));
    const r2 = c.open('vice-chair', 'electronic');
    expect(r2).toMatchObject({ kind: 'run-off', seats: 1, candidateIds: ['F3', 'F4'], positionRound: 2 });
    const codes = c.credentials(r2.roundId);
    codes.slice(0, 45).forEach((code) => c.vote(r2.roundId, code, { marks: { F3: 'approve', F4: 'oppose' } }));
    codes.slice(45, 83).forEach((code) => c.vote(r2.roundId, code, { marks: { F4: 'approve' } }));
    expect(c.vote(r2.roundId, codes[83], { marks: { F3: 'approve', F4: 'approve' } })).toEqual({ valid: false, invalidReason: 'over-approval' });
    const runOff = c.close(r2.roundId).closed;
    expect(runOff).toMatchObject({ status: 'elected', elected: [{ candidacyId: 'F3', approvals: 45 }], positionElected: ['F1', 'F2', 'F3'] });
    expect(runOff.minutes).toMatchObject({
      round: 'run-off',
      majorityBase: null,
      ballotsIssued: 100,
      ballotsReturned: 84,
      validBallots: 83,
      invalidBallots: 1,
    });
  });

  it('a tie again in the run-off → another run-off among those still tied', () => {
    const c = new Congress().delegates(100, 100);
    const r1 = c.open('vice-chair', 'paper');
    c.paper(r1.roundId, { F1: 60, F2: 60, F3: 55, F4: 55, F5: 55 });
    expect(c.close(r1.roundId).closed.runOff).toEqual({ seats: 1, candidateIds: ['F3', 'F4', 'F5'] });
    const r2 = c.open('vice-chair', 'paper');
    c.paper(r2.roundId, { F3: 40, F4: 40, F5: 20 });
    expect(c.close(r2.roundId).closed).toMatchObject({ status: 'run-off-required', runOff: { seats: 1, candidateIds: ['F3', 'F4'] } });
    expect(c.open('vice-chair', 'paper')).toMatchObject({ kind: 'run-off', candidateIds: ['F3', 'F4'], positionRound: 3 });
  });

  it('seats left unfilled → a further round among those not elected, competitive unless an exception is recorded', () => {
    const c = new Congress(ids('F', 6)).delegates(100, 100);
    const vc = c.open('vice-chair', 'paper');
    c.paper(vc.roundId, { F1: 90, F2: 80, F3: 70, F4: 10, F5: 10, F6: 10 });
    c.close(vc.roundId);
    const sc = c.open('standing-committee', 'electronic');
    const codes = c.credentials(sc.roundId);
    // F4 60, F5 exactly 50 (half of 100 present: not elected), F6 20
    const ballots: [number, CongressBallot][] = [
      [40, { marks: { F4: 'approve', F5: 'approve', F6: 'oppose' } }],
      [10, { marks: { F4: 'approve', F6: 'approve' } }],
      [10, { marks: { F4: 'approve', F5: 'oppose' } }],
      [10, { marks: { F5: 'approve', F6: 'approve' } }],
      [30, { marks: {} }],
    ];
    let next = 0;
    for (const [n, ballot] of ballots) for (let i = 0; i < n; i++) c.vote(sc.roundId, codes[next++], ballot);
    const { closed } = c.close(sc.roundId);
    expect(closed).toMatchObject({
      status: 'further-round-required',
      elected: [{ candidacyId: 'F4', approvals: 60 }],
      furtherRound: { seats: 1, eligibleCandidateIds: ['F5', 'F6'], competitive: true },
    });
    const further = c.open('standing-committee', 'paper');
    expect(further).toMatchObject({ kind: 'further', seats: 1, candidateIds: ['F5', 'F6'], positionRound: 2 });
    c.paper(further.roundId, { F5: 51, F6: 40 });
    expect(c.close(further.roundId).closed).toMatchObject({ status: 'elected', positionElected: ['F4', 'F5'] });
  });

  it('a further round with no more candidates than seats needs the organiser’s exception again', () => {
    const c = new Congress(ids('F', 3), config([{ key: 'vice-chair', title: 'VC', seats: 3 }])).delegates(10, 10);
    const r1 = c.open('vice-chair', 'paper', { competitiveException: { reason: '等额选举，经批准' } });
    c.paper(r1.roundId, { F1: 9, F2: 3, F3: 3 });
    expect(c.close(r1.roundId).closed).toMatchObject({
      status: 'further-round-required',
      furtherRound: { seats: 2, eligibleCandidateIds: ['F2', 'F3'], competitive: false },
    });
    expect(() => c.open('vice-chair', 'paper')).toThrow(rejects('election.not-competitive'));
    expect(c.open('vice-chair', 'paper', { competitiveException: { reason: '另行选举，经批准' } })).toMatchObject({
      kind: 'further',
      seats: 2,
      candidateIds: ['F2', 'F3'],
      competitiveException: { reason: '另行选举，经批准', recordedBy: 'organiser-1' },
    });
  });

  it('returned > issued voids the round; it is repeated with the same ballot, and the repeat counts', () => {
    const c = new Congress().delegates(120, 100);
    const r1 = c.open('vice-chair', 'paper');
    c.paper(r1.roundId, { F1: 70, F2: 60, F3: 55 }, { issued: 100, returned: 101, invalid: 1 });
    const { closed, types } = c.close(r1.roundId);
    expect(closed).toMatchObject({ status: 'void', elected: [], positionElected: [] });
    expect(closed.voidReason).toMatch(/101 ballots returned but only 100 issued/);
    expect(types).toEqual(['CongressRoundClosed']);
    expect(nextCongressRound(c.state, c.campaign.config, 'vice-chair')).toMatchObject({ kind: 'first', repeatOf: r1.roundId, seats: 3 });
    const r2 = c.open('vice-chair', 'paper');
    expect(r2).toMatchObject({ kind: 'first', repeatOf: r1.roundId, candidateIds: r1.candidateIds, positionRound: 2 });
    c.paper(r2.roundId, { F1: 70, F2: 60, F3: 55 });
    expect(c.close(r2.roundId).closed).toMatchObject({ status: 'elected', positionElected: ['F1', 'F2', 'F3'] });
  });

  it('refuses a paper count that does not add up, and closing a paper round without one', () => {
    const c = new Congress().delegates(10, 10);
    const r1 = c.open('vice-chair', 'paper');
    expect(() => c.close(r1.roundId)).toThrow(rejects('election.paper-count-missing'));
    const perCandidate = Object.fromEntries(r1.candidateIds.map((id) => [id, { approve: 1, oppose: 1, abstain: 1 }]));
    expect(() =>
      recordCongressPaperCount(c.campaign, c.state, {
        roundId: r1.roundId,
        count: { ballotsIssued: 10, ballotsReturned: 10, invalidBallots: 0, perCandidate },
      }),
    ).toThrow(rejects('election.paper-count-inconsistent', 'invalid'));
    expect(() =>
      recordCongressPaperCount(c.campaign, c.state, {
        roundId: r1.roundId,
        count: { ballotsIssued: 11, ballotsReturned: 10, invalidBallots: 0, perCandidate },
      }),
    ).toThrow(rejects('election.issued-exceeds-present', 'invalid'));
  });
});

describe('congress election — electronic credentials', () => {
  const electronicRound = () => {
    const c = new Congress().delegates(5, 4);
    const round = c.open('vice-chair', 'electronic');
    return { c, round, codes: c.credentials(round.roundId) };
  };

  it('issues exactly one code per present delegate, stored as hashes only', () => {
    const c = new Congress().delegates(5, 4);
    const round = c.open('vice-chair', 'electronic');
    expect(() => issueCongressCredentials(c.campaign, c.state, { roundId: round.roundId, codeHashes: [hash('a'), hash('b')] })).toThrow(
      rejects('election.credential-count'),
    );
    expect(() => issueCongressCredentials(c.campaign, c.state, { roundId: round.roundId, codeHashes: ['a', 'b', 'c', 'd'] })).toThrow(
      rejects('election.code-hash-invalid'),
    );
    const codes = c.credentials(round.roundId);
    const issued = c.history[c.history.length - 1];
    expect(issued.payload).toEqual({ campaignId: CAMPAIGN, roundId: round.roundId, codeHashes: codes.map(hash).sort() });
    expect(JSON.stringify(c.history)).not.toContain(codes[0]);
  });

  it.each([
    ['used twice', (codes: string[]) => [codes[0], codes[0]], 'election.credential-used', 'conflict'],
    ['unknown', () => ['not-a-code'], 'election.credential-unknown', 'forbidden'],
  ])('refuses a credential %s', (_name, sequence, code, kind) => {
    const { c, round, codes } = electronicRound();
    const list = sequence(codes);
    list.slice(0, -1).forEach((x) => c.vote(round.roundId, x, { marks: { F1: 'approve' } }));
    expect(() => c.vote(round.roundId, list[list.length - 1], { marks: { F2: 'approve' } })).toThrow(rejects(code, kind));
    expect(c.boxOf(round.roundId).ballots).toHaveLength(list.length - 1);
  });

  it('refuses a code of another round, and any code once its round is closed', () => {
    const { c, round, codes } = electronicRound();
    codes.forEach((code) => c.vote(round.roundId, code, { marks: { F1: 'approve', F2: 'approve', F3: 'approve' } }));
    expect(c.close(round.roundId).closed.positionElected).toEqual(['F1', 'F2', 'F3']);
    expect(() => c.vote(round.roundId, codes[0], { marks: {} })).toThrow(rejects('election.round-closed'));
    const next = c.open('standing-committee', 'electronic');
    c.credentials(next.roundId);
    expect(() => c.vote(next.roundId, codes[1], { marks: {} })).toThrow(rejects('election.credential-unknown', 'forbidden'));
  });

  it('keeps cast ballots out of the log until the round closes, then opens the box in one event, shuffled', () => {
    const c = new Congress().delegates(8, 8);
    const round = c.open('vice-chair', 'electronic');
    const codes = c.credentials(round.roundId);
    const before = c.history.length;
    const cast: ReceiptedCongressBallot[] = [];
    const ballots: CongressBallot[] = [
      { marks: { F1: 'approve' } },
      { marks: { F2: 'approve' } },
      { marks: { F3: 'approve' } },
      { marks: { F4: 'approve' } },
      { marks: { F1: 'approve', F2: 'approve' } },
      { marks: { F2: 'oppose' } },
      { marks: {} },
      { marks: { F3: 'approve', F4: 'approve' } },
    ];
    codes.forEach((code, i) => {
      c.vote(round.roundId, code, ballots[i]);
      cast.push(c.boxOf(round.roundId).ballots[i]);
    });
    expect(c.history).toHaveLength(before); // nothing to watch while delegates vote
    // Reversing Fisher–Yates (always swap with index 0) puts the first cast last: the order is the shuffle's, not the casting's.
    const { events } = c.close(round.roundId, () => 0);
    const box = events[0] as CongressBallotBoxOpened;
    expect(events.map((e) => e.type).slice(0, 2)).toEqual(['CongressBallotBoxOpened', 'CongressRoundClosed']);
    expect(box.payload.ballots).toHaveLength(8);
    expect(box.payload.ballots).not.toEqual(cast);
    expect([...box.payload.ballots].sort((a, b) => a.receipt.localeCompare(b.receipt))).toEqual([...cast].sort((a, b) => a.receipt.localeCompare(b.receipt)));
    expect(box.payload.usedCodeHashes).toEqual(codes.map(hash).sort());
    expect(JSON.stringify(box)).not.toMatch(/D0\d|delegate/);
    // Her receipt is found in the opened box with her salt; no one without it can test a guess of her marks.
    expect(box.payload.ballots.map((b) => b.receipt)).toContain(
      congressBallotReceipt(round.roundId, { marks: ballots[2].marks, writeIns: [] }, `salt-${codes[2]}`),
    );
    // The log alone recomputes the count: a fresh fold sees all 8 ballots and every credential spent.
    const folded = foldCongressElection(c.history).rounds[0];
    expect(folded.ballots).toHaveLength(8);
    expect([...folded.credentials.values()].every(Boolean)).toBe(true);
  });

  it('still reads logs of per-ballot events written before ballot boxes', () => {
    const { c, round, codes } = electronicRound();
    const legacy: DomainEvent[] = codes.flatMap((code) => [
      { type: 'CongressCredentialUsed', payload: { campaignId: CAMPAIGN, roundId: round.roundId, codeHash: hash(code) } },
      {
        type: 'CongressBallotCast',
        payload: { campaignId: CAMPAIGN, roundId: round.roundId, marks: { F1: 'approve', F2: 'approve', F3: 'approve' }, writeIns: [] },
      },
    ]);
    c.apply(legacy);
    expect(c.state.rounds[0].ballots).toHaveLength(4);
    expect(() => c.vote(round.roundId, codes[0], { marks: {} })).toThrow(rejects('election.credential-used'));
    expect(c.close(round.roundId).closed.positionElected).toEqual(['F1', 'F2', 'F3']);
  });

  it('refuses a ballot marking someone not on it (nothing spent), accepts a blank one as valid', () => {
    const { c, round, codes } = electronicRound();
    expect(() => c.vote(round.roundId, codes[0], { marks: { X: 'approve' } })).toThrow(rejects('election.ballot-unknown-candidate', 'invalid'));
    expect(c.vote(round.roundId, codes[0], { marks: {} })).toEqual({ valid: true, invalidReason: null });
  });

  it('does not replace codes once a ballot is cast', () => {
    const { c, round, codes } = electronicRound();
    c.vote(round.roundId, codes[0], { marks: {} });
    expect(() => c.credentials(round.roundId)).toThrow(rejects('election.ballots-already-cast'));
  });

  it('counts write-ins for eligible persons when the round allows them', () => {
    const c = new Congress(
      ids('F', 4),
      config([
        { key: 'vice-chair', title: 'VC', seats: 2 },
        { key: 'standing-committee', title: 'SC', seats: 1 },
      ]),
    ).delegates(3, 3);
    const vc = c.open('vice-chair', 'paper');
    c.paper(vc.roundId, { F1: 3, F2: 3 });
    c.close(vc.roundId);
    const sc = c.open('standing-committee', 'electronic', { allowWriteIns: true });
    expect(sc.writeInEligibleIds).toEqual([]); // every finalist not elected is already on the ballot
    const codes = c.credentials(sc.roundId);
    c.vote(sc.roundId, codes[0], { marks: { F3: 'approve' } });
    c.vote(sc.roundId, codes[1], { marks: { F3: 'approve' }, writeIns: ['F1'] }); // elected already: disregarded, ballot stands
    c.vote(sc.roundId, codes[2], { marks: { F4: 'approve' } });
    expect(c.close(sc.roundId).closed).toMatchObject({ status: 'elected', positionElected: ['F3'] });
  });
});

describe('congress election — completion', () => {
  it('records ElectionCompleted exactly once, when the last seat of the last position is filled', () => {
    const c = new Congress().delegates(100, 100);
    const vc = c.open('vice-chair', 'paper');
    c.paper(vc.roundId, { F1: 90, F2: 80, F3: 52, F4: 52 });
    expect(c.close(vc.roundId).types).toEqual(['CongressRoundClosed']);
    const runOff = c.open('vice-chair', 'paper');
    c.paper(runOff.roundId, { F3: 60, F4: 30 });
    expect(c.close(runOff.roundId).types).toEqual(['CongressRoundClosed', 'CongressPositionFilled']);
    expect(c.state.completed).toBeNull();

    const sc = c.open('standing-committee', 'paper');
    expect(sc.candidateIds).toEqual(['F4', 'F5', 'F6']);
    c.paper(sc.roundId, { F4: 70, F5: 60, F6: 20 });
    const last = c.close(sc.roundId);
    expect(last.types).toEqual(['CongressRoundClosed', 'CongressPositionFilled', 'ElectionCompleted']);
    expect(c.history[c.history.length - 1]).toEqual({
      type: 'ElectionCompleted',
      payload: {
        campaignId: CAMPAIGN,
        elected: [
          { positionKey: 'vice-chair', candidacyIds: ['F1', 'F2', 'F3'] },
          { positionKey: 'standing-committee', candidacyIds: ['F4', 'F5'] },
        ],
      },
    });
    expect(c.history.filter((e) => e.type === 'ElectionCompleted')).toHaveLength(1);
    expect(() => c.open('standing-committee', 'paper')).toThrow(rejects('election.completed'));
    expect(() => c.apply(checkInCongressDelegates(c.campaign, c.state, { delegateIds: ['D0001'] }))).toThrow(rejects('election.completed'));
  });

  it('does not complete while a position still has seats to fill', () => {
    const c = new Congress().delegates(100, 100);
    const vc = c.open('vice-chair', 'paper');
    c.paper(vc.roundId, { F1: 90, F2: 80, F3: 70 });
    expect(c.close(vc.roundId).types).toEqual(['CongressRoundClosed', 'CongressPositionFilled']);
    const sc = c.open('standing-committee', 'paper');
    c.paper(sc.roundId, { F4: 90, F5: 10, F6: 10 });
    expect(c.close(sc.roundId).types).toEqual(['CongressRoundClosed']);
    expect(c.state.completed).toBeNull();
  });
});

describe('congress election — quotas on the elected set', () => {
  it('checks the campaign’s elected quotas on the whole set and per position', () => {
    const cfg = withDefaults({
      title: 'T',
      organisingBody: 'O',
      positions: [
        { key: 'vice-chair', title: 'VC', seats: 3 },
        { key: 'standing-committee', title: 'SC', seats: 2 },
      ],
      quotas: [
        { attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' },
        { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
      ],
    });
    const attributes = new Map([
      ['F1', { employment: 'full-time' }],
      ['F2', { employment: 'full-time' }],
      ['F3', { employment: 'part-time' }],
      ['F4', { employment: 'full-time' }],
      ['F5', { employment: 'seconded' }],
    ]);
    const report = checkElectedQuotas(
      cfg,
      [
        { positionKey: 'vice-chair', candidacyIds: ['F1', 'F2', 'F3'] },
        { positionKey: 'standing-committee', candidacyIds: ['F4', 'F5'] },
      ],
      attributes,
    );
    expect(report.quotas).toHaveLength(1);
    // at most floor(5 × 50%) = 2 full-time; 3 elected
    expect(report.violations.map((v) => [v.bound, v.limitCount, v.actualCount, v.total, v.matchingIds])).toEqual([['max', 2, 3, 5, ['F1', 'F2', 'F4']]]);
    // vice-chairs: at most floor(3 × 50%) = 1, found 2; standing committee: at most 1, found 1
    expect(report.byPosition.map((p) => [p.positionKey, p.violations.map((v) => v.actualCount)])).toEqual([
      ['vice-chair', [2]],
      ['standing-committee', []],
    ]);
  });
});
