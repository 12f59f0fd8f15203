import fc from 'fast-check';
import { CongressBallot, Mark, PaperCount, RoundVotes } from './ballot-count';
import { CongressRoundConfig } from './congress-round';
import { tallyCongressElection } from './tally-congress-election';

const config = (extra: Partial<CongressRoundConfig> = {}): CongressRoundConfig => ({
  positionId: 'vice-chair',
  registeredDelegates: 100,
  presentDelegates: 80,
  seats: 2,
  candidateIds: ['A', 'B', 'C'],
  ...extra,
});

/** A paper count where every valid ballot not approving a candidate opposes her. */
const paper = (approvals: Record<string, number>, extra: Partial<PaperCount> = {}): PaperCount => {
  const issued = extra.ballotsIssued ?? 80;
  const returned = extra.ballotsReturned ?? issued;
  const invalid = extra.invalidBallots ?? 0;
  const valid = returned - invalid;
  return {
    method: 'paper',
    ballotsIssued: issued,
    ballotsReturned: returned,
    invalidBallots: invalid,
    perCandidate: Object.fromEntries(Object.entries(approvals).map(([id, a]) => [id, { approve: a, oppose: valid - a, abstain: 0 }])),
    ...extra,
  };
};

describe('tallyCongressElection — majority', () => {
  it.each([
    // base, present, registered, approvals of A, elected?
    ['present', 80, 100, 40, false], // exactly half is not elected
    ['present', 80, 100, 41, true],
    ['present', 81, 100, 40, false],
    ['present', 81, 100, 41, true],
    ['registered', 80, 100, 50, false], // exactly half of registered
    ['registered', 80, 100, 51, true],
    ['registered', 80, 100, 41, false], // a majority of present is not enough when the base is registered
  ] as const)('base %s (%i present of %i): %i approvals → elected %s', (majorityBase, present, registered, a, elected) => {
    const result = tallyCongressElection(
      config({ majorityBase, presentDelegates: present, registeredDelegates: registered, seats: 1, candidateIds: ['A', 'B'] }),
      paper({ A: a, B: 0 }, { ballotsIssued: present }),
    );
    expect(result.elected.map((c) => c.candidateId)).toEqual(elected ? ['A'] : []);
    expect(result.status).toBe(elected ? 'elected' : 'further-round-required');
    expect(result.minutes.candidates[0].passesMajority).toBe(elected);
  });
});

describe('tallyCongressElection — outcomes', () => {
  it.each([
    {
      name: 'two clear winners',
      approvals: { A: 70, B: 60, C: 30 },
      status: 'elected',
      elected: ['A', 'B'],
      runOff: null,
      further: null,
    },
    {
      name: 'more pass than seats: ranked by approvals',
      approvals: { A: 45, B: 60, C: 55 },
      status: 'elected',
      elected: ['B', 'C'],
      runOff: null,
      further: null,
    },
    {
      name: 'tie at the last seat among majority candidates → run-off, seat above filled',
      approvals: { A: 60, B: 50, C: 50 },
      status: 'run-off-required',
      elected: ['A'],
      runOff: { seats: 1, candidateIds: ['B', 'C'] },
      further: null,
    },
    {
      name: 'three-way tie for both seats → run-off for 2 seats',
      approvals: { A: 50, B: 50, C: 50 },
      status: 'run-off-required',
      elected: [],
      runOff: { seats: 2, candidateIds: ['A', 'B', 'C'] },
      further: null,
    },
    {
      name: 'tie below the majority does not matter',
      approvals: { A: 70, B: 41, C: 40 },
      status: 'elected',
      elected: ['A', 'B'],
      runOff: null,
      further: null,
    },
    {
      name: 'shortfall → further round for the remaining seat',
      approvals: { A: 70, B: 40, C: 30 },
      status: 'further-round-required',
      elected: ['A'],
      runOff: null,
      further: { seats: 1, eligibleCandidateIds: ['B', 'C'], competitive: true },
    },
    {
      name: 'nobody passes → further round for every seat, not competitive without an exception',
      approvals: { A: 40, B: 30, C: 20 },
      status: 'further-round-required',
      elected: [],
      runOff: null,
      further: { seats: 2, eligibleCandidateIds: ['A', 'B', 'C'], competitive: true },
    },
  ])('$name', ({ approvals, status, elected, runOff, further }) => {
    const result = tallyCongressElection(config(), paper(approvals));
    expect(result.status).toBe(status);
    expect(result.elected.map((c) => c.candidateId)).toEqual(elected);
    expect(result.runOff).toEqual(runOff);
    expect(result.furtherRound).toEqual(further);
    expect(result.minutes.elected).toEqual(elected);
    expect(result.minutes.status).toBe(status);
    for (const line of result.minutes.candidates) {
      const expected = elected.includes(line.candidateId) ? 'elected' : runOff?.candidateIds.includes(line.candidateId) ? 'run-off' : 'not-elected';
      expect(line.outcome).toBe(expected);
    }
  });

  it('further round with only one remaining candidate for one seat is flagged not competitive', () => {
    const result = tallyCongressElection(config({ seats: 2, candidateIds: ['A', 'B', 'C'] }), paper({ A: 70, B: 60, C: 10 }));
    expect(result.status).toBe('elected');
    const short = tallyCongressElection(config({ seats: 2, candidateIds: ['A', 'B', 'C'] }), paper({ A: 70, B: 10, C: 10 }));
    expect(short.furtherRound).toEqual({ seats: 1, eligibleCandidateIds: ['B', 'C'], competitive: true });
    const oneLeft = tallyCongressElection(
      config({ seats: 2, candidateIds: ['A', 'B'], competitiveException: { reason: 'equal-number round approved' } }),
      paper({ A: 70, B: 10 }),
    );
    expect(oneLeft.furtherRound).toEqual({ seats: 1, eligibleCandidateIds: ['B'], competitive: false });
  });
});

describe('tallyCongressElection — validity of the vote', () => {
  it.each<[string, RoundVotes]>([
    ['paper', paper({ A: 70, B: 60, C: 30 }, { ballotsIssued: 79, ballotsReturned: 80 })],
    ['electronic', { method: 'electronic', ballotsIssued: 2, ballots: [{ marks: { A: 'approve' } }, { marks: {} }, { marks: {} }] }],
  ])('returned > issued voids the whole vote (%s)', (_method, votes) => {
    const result = tallyCongressElection(config(), votes);
    expect(result.status).toBe('void');
    expect(result.elected).toEqual([]);
    expect(result.voidReason).toMatch(/void and must be repeated/);
    expect(result.minutes.candidates.every((c) => c.outcome === 'void')).toBe(true);
  });

  it('returned = issued and returned < issued are valid', () => {
    expect(tallyCongressElection(config(), paper({ A: 70, B: 60, C: 30 })).status).toBe('elected');
    expect(tallyCongressElection(config(), paper({ A: 70, B: 60, C: 20 }, { ballotsIssued: 80, ballotsReturned: 78 })).status).toBe('elected');
  });

  it('quorum not met → the round cannot open', () => {
    expect(() => tallyCongressElection(config({ presentDelegates: 66 }), paper({ A: 60, B: 0, C: 0 }, { ballotsIssued: 66 }))).toThrow(
      expect.objectContaining({ code: 'election.quorum-not-met', kind: 'conflict' }),
    );
  });

  it('writes the minutes', () => {
    const ballots: CongressBallot[] = [
      { marks: { A: 'approve', B: 'approve' } },
      { marks: { A: 'approve', B: 'approve', C: 'approve' } }, // invalid: 3 approvals for 2 seats
      { marks: {} }, // blank: valid
      { marks: { A: 'approve', C: 'oppose' } },
    ];
    const result = tallyCongressElection(config({ registeredDelegates: 5, presentDelegates: 4 }), { method: 'electronic', ballotsIssued: 4, ballots });
    expect(result.minutes).toMatchObject({
      positionId: 'vice-chair',
      round: 'congress',
      registeredDelegates: 5,
      presentDelegates: 4,
      majorityBase: 'present',
      majorityThreshold: 3,
      seats: 2,
      method: 'electronic',
      ballotsIssued: 4,
      ballotsReturned: 4,
      validBallots: 3,
      invalidBallots: 1,
      invalidReasons: { 'over-approval': 1 },
      elected: [],
      status: 'further-round-required',
    });
    expect(result.minutes.candidates.map((c) => [c.candidateId, c.approve, c.oppose, c.abstain])).toEqual([
      ['A', 2, 0, 1],
      ['B', 1, 0, 2],
      ['C', 0, 1, 2],
    ]);
  });

  it('a written-in person with a majority is elected', () => {
    const ballots: CongressBallot[] = [
      { marks: { A: 'approve', B: 'oppose' }, writeIns: ['W'] },
      { marks: { A: 'approve' }, writeIns: ['W'] },
      { marks: { B: 'approve' }, writeIns: ['W'] },
    ];
    const result = tallyCongressElection(config({ registeredDelegates: 3, presentDelegates: 3, writeIns: { eligiblePersonIds: ['W'] } }), {
      method: 'electronic',
      ballotsIssued: 3,
      ballots,
    });
    expect(result.elected).toEqual([
      { candidateId: 'W', approvals: 3 },
      { candidateId: 'A', approvals: 2 },
    ]);
  });
});

describe('tallyCongressElection — properties', () => {
  const markArb = fc.oneof(
    { arbitrary: fc.constant<Mark>('approve'), weight: 4 },
    { arbitrary: fc.constantFrom<Mark>('oppose', 'abstain'), weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
  const scenario = fc
    .record({
      candidates: fc.integer({ min: 1, max: 5 }),
      seatsRaw: fc.integer({ min: 1, max: 5 }),
      present: fc.integer({ min: 1, max: 25 }),
      absent: fc.integer({ min: 0, max: 5 }),
      base: fc.constantFrom<'present' | 'registered'>('present', 'registered'),
    })
    .chain(({ candidates, seatsRaw, present, absent, base }) => {
      const ids = Array.from({ length: candidates }, (_, i) => `c${i}`);
      const seats = Math.min(seatsRaw, candidates);
      const ballot = fc
        .array(markArb, { minLength: candidates, maxLength: candidates })
        .map((marks): CongressBallot => ({ marks: Object.fromEntries(ids.flatMap((id, i) => (marks[i] ? [[id, marks[i]]] : []))) }));
      return fc.record({
        config: fc.constant<CongressRoundConfig>({
          registeredDelegates: present + Math.min(absent, Math.floor((present - 1) / 2)),
          presentDelegates: present,
          seats,
          candidateIds: ids,
          majorityBase: base,
          competitiveException: { reason: 'property test' },
        }),
        ballots: fc.array(ballot, { maxLength: present }),
        shuffleKeys: fc.array(fc.double({ noNaN: true }), { minLength: present, maxLength: present }),
      });
    });

  const base = (c: CongressRoundConfig) => (c.majorityBase === 'registered' ? c.registeredDelegates : c.presentDelegates);

  it('never elects more than the seats, and everyone elected has more than half', () => {
    fc.assert(
      fc.property(scenario, ({ config: c, ballots }) => {
        const result = tallyCongressElection(c, { method: 'electronic', ballotsIssued: c.presentDelegates, ballots });
        expect(result.elected.length).toBeLessThanOrEqual(c.seats);
        for (const e of result.elected) expect(2 * e.approvals).toBeGreaterThan(base(c));
        const pending = (result.runOff?.seats ?? 0) + (result.furtherRound?.seats ?? 0);
        expect(result.elected.length + pending).toBe(c.seats);
        for (const line of result.minutes.candidates) {
          if (!line.writeIn) expect(line.approve + line.oppose + line.abstain).toBe(result.minutes.validBallots);
        }
      }),
    );
  });

  it('does not depend on the order of ballots', () => {
    fc.assert(
      fc.property(scenario, ({ config: c, ballots, shuffleKeys }) => {
        const shuffled = ballots
          .map((b, i) => ({ b, k: shuffleKeys[i] }))
          .sort((x, y) => x.k - y.k)
          .map(({ b }) => b);
        const votes = (bs: CongressBallot[]) => ({ method: 'electronic' as const, ballotsIssued: c.presentDelegates, ballots: bs });
        expect(tallyCongressElection(c, votes(shuffled))).toEqual(tallyCongressElection(c, votes(ballots)));
      }),
    );
  });

  it('a paper count of the same ballots gives the same result', () => {
    fc.assert(
      fc.property(scenario, ({ config: c, ballots }) => {
        const electronic = tallyCongressElection(c, { method: 'electronic', ballotsIssued: c.presentDelegates, ballots });
        const m = electronic.minutes;
        const fromPaper = tallyCongressElection(c, {
          method: 'paper',
          ballotsIssued: m.ballotsIssued,
          ballotsReturned: m.ballotsReturned,
          invalidBallots: m.invalidBallots,
          perCandidate: Object.fromEntries(m.candidates.map((l) => [l.candidateId, { approve: l.approve, oppose: l.oppose, abstain: l.abstain }])),
        });
        expect(fromPaper.elected).toEqual(electronic.elected);
        expect(fromPaper.status).toBe(electronic.status);
        expect(fromPaper.runOff).toEqual(electronic.runOff);
        expect(fromPaper.furtherRound).toEqual(electronic.furtherRound);
      }),
    );
  });
});
