import fc from 'fast-check';
import { CongressBallot, PaperCount } from './ballot-count';
import { RunOffConfig, tallyRunOff } from './run-off';
import { tallyCongressElection } from './tally-congress-election';

const config = (extra: Partial<RunOffConfig> = {}): RunOffConfig => ({
  registeredDelegates: 100,
  presentDelegates: 80,
  seats: 1,
  candidateIds: ['B', 'C'],
  ...extra,
});

const paper = (approvals: Record<string, number>, issued = 80, returned = issued): PaperCount => ({
  method: 'paper',
  ballotsIssued: issued,
  ballotsReturned: returned,
  invalidBallots: 0,
  perCandidate: Object.fromEntries(Object.entries(approvals).map(([id, a]) => [id, { approve: a, oppose: 0, abstain: returned - a }])),
});

describe('tallyRunOff', () => {
  it.each([
    ['most approvals wins, even without a majority', config(), { B: 30, C: 25 }, 'run-off', 'elected', ['B'], null],
    ['tie again → another run-off', config(), { B: 30, C: 30 }, 'run-off', 'run-off-required', [], { seats: 1, candidateIds: ['B', 'C'] }],
    ['two seats among three tied', config({ seats: 2, candidateIds: ['A', 'B', 'C'] }), { A: 50, B: 20, C: 25 }, 'run-off', 'elected', ['A', 'C'], null],
    [
      'two seats, tie for the second',
      config({ seats: 2, candidateIds: ['A', 'B', 'C'] }),
      { A: 50, B: 25, C: 25 },
      'run-off',
      'run-off-required',
      ['A'],
      { seats: 1, candidateIds: ['B', 'C'] },
    ],
  ])('%s', (_name, cfg, approvals, round, status, elected, runOff) => {
    const result = tallyRunOff(cfg, paper(approvals));
    expect(result.minutes.round).toBe(round);
    expect(result.minutes.majorityThreshold).toBeNull();
    expect(result.status).toBe(status);
    expect(result.elected.map((e) => e.candidateId)).toEqual(elected);
    expect(result.runOff).toEqual(runOff);
    expect(result.furtherRound).toBeNull();
  });

  it('minutes of the demo run-off (58 and 40 of 100) claim no majority: most votes wins, and they say so', () => {
    const { minutes } = tallyRunOff(config({ registeredDelegates: 120, presentDelegates: 100 }), paper({ B: 58, C: 40 }, 100));
    expect(minutes).toMatchObject({ round: 'run-off', electedBy: 'most-votes', majorityBase: null, majorityThreshold: null });
    expect(minutes.candidates.map((l) => [l.candidateId, l.approve, l.passesMajority, l.outcome])).toEqual([
      ['B', 58, null, 'elected'],
      ['C', 40, null, 'not-elected'],
    ]);
  });

  it('minutes of an ordinary round say a majority decides, and who reached it', () => {
    const { minutes } = tallyCongressElection(
      { registeredDelegates: 120, presentDelegates: 100, seats: 1, candidateIds: ['B', 'C'] },
      paper({ B: 58, C: 40 }, 100),
    );
    expect(minutes).toMatchObject({ round: 'congress', electedBy: 'majority', majorityBase: 'present', majorityThreshold: 51 });
    expect(minutes.candidates.map((l) => [l.candidateId, l.passesMajority])).toEqual([
      ['B', true],
      ['C', false],
    ]);
  });

  it('is void when more ballots return than were issued', () => {
    expect(tallyRunOff(config(), paper({ B: 30, C: 25 }, 70, 71)).status).toBe('void');
  });

  it('an over-approving ballot is invalid, a blank one valid', () => {
    const ballots: CongressBallot[] = [{ marks: { B: 'approve', C: 'approve' } }, { marks: {} }, { marks: { C: 'approve' } }];
    const result = tallyRunOff(config({ registeredDelegates: 3, presentDelegates: 3 }), { method: 'electronic', ballotsIssued: 3, ballots });
    expect(result.minutes).toMatchObject({ validBallots: 2, invalidBallots: 1 });
    expect(result.elected).toEqual([{ candidateId: 'C', approvals: 1 }]);
  });

  it('still needs a quorum', () => {
    expect(() => tallyRunOff(config({ presentDelegates: 60 }), paper({ B: 30, C: 25 }, 60))).toThrow(
      expect.objectContaining({ code: 'election.quorum-not-met' }),
    );
  });

  it('refuses a run-off that is not needed', () => {
    expect(() => tallyRunOff(config({ seats: 2 }), paper({ B: 30, C: 25 }))).toThrow(expect.objectContaining({ code: 'election.run-off-not-needed' }));
  });

  it('follows on from a tied congress round', () => {
    const round = tallyCongressElection(
      { registeredDelegates: 100, presentDelegates: 80, seats: 2, candidateIds: ['A', 'B', 'C'] },
      {
        method: 'paper',
        ballotsIssued: 80,
        ballotsReturned: 80,
        invalidBallots: 0,
        perCandidate: { A: { approve: 60, oppose: 20, abstain: 0 }, B: { approve: 50, oppose: 30, abstain: 0 }, C: { approve: 50, oppose: 30, abstain: 0 } },
      },
    );
    expect(round.status).toBe('run-off-required');
    const runOff = tallyRunOff(config({ ...round.runOff! }), paper({ B: 44, C: 36 }));
    expect([...round.elected, ...runOff.elected].map((e) => e.candidateId)).toEqual(['A', 'B']);
  });

  it('property: never elects more than the seats at stake and never leaves seats for a further round', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            seats: fc.integer({ min: 1, max: n - 1 }),
            approvals: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
          }),
        ),
        ({ n, seats, approvals }) => {
          const ids = Array.from({ length: n }, (_, i) => `c${i}`);
          const votes = paper(Object.fromEntries(ids.map((id, i) => [id, approvals[i]])), 50);
          const valid = approvals.reduce((a, b) => a + b, 0) <= 50 * seats;
          fc.pre(valid);
          const result = tallyRunOff(config({ registeredDelegates: 50, presentDelegates: 50, seats, candidateIds: ids }), votes);
          expect(result.elected.length + (result.runOff?.seats ?? 0)).toBe(seats);
          expect(result.furtherRound).toBeNull();
          const lowestElected = Math.min(...result.elected.map((e) => e.approvals));
          const notElected = result.minutes.candidates.filter((c) => c.outcome !== 'elected');
          for (const c of notElected) expect(c.approve).toBeLessThanOrEqual(lowestElected);
        },
      ),
    );
  });
});
