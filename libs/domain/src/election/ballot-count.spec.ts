import { CongressBallot, PaperCount, countVotes } from './ballot-count';
import { openCongressRound } from './congress-round';

const round = (extra: object = {}) => openCongressRound({ registeredDelegates: 10, presentDelegates: 10, seats: 2, candidateIds: ['A', 'B', 'C'], ...extra });

const electronic = (ballots: CongressBallot[], issued = 10) => ({ method: 'electronic' as const, ballotsIssued: issued, ballots });

describe('countVotes — electronic ballots', () => {
  it.each([
    ['blank ballot is valid', { marks: {} }, 'valid', null],
    ['approving as many as seats is valid', { marks: { A: 'approve', B: 'approve', C: 'oppose' } }, 'valid', null],
    ['approving more than seats is invalid', { marks: { A: 'approve', B: 'approve', C: 'approve' } }, 'invalid', 'over-approval'],
    ['opposing everyone is valid', { marks: { A: 'oppose', B: 'oppose', C: 'oppose' } }, 'valid', null],
    ['marking a stranger is invalid', { marks: { Z: 'approve' } }, 'invalid', 'unknown-candidate'],
    ['an unknown mark is invalid', { marks: { A: 'yes' } }, 'invalid', 'bad-mark'],
  ] as const)('%s', (_name, ballot, validity, reason) => {
    const count = countVotes(round(), electronic([ballot as CongressBallot]));
    expect(count.validBallots).toBe(validity === 'valid' ? 1 : 0);
    expect(count.invalidBallots).toBe(validity === 'valid' ? 0 : 1);
    if (reason) expect(count.invalidReasons).toEqual({ [reason]: 1 });
  });

  it('counts unmarked candidates as abstentions, so every line adds up to the valid ballots', () => {
    const count = countVotes(
      round(),
      electronic([
        { marks: {} },
        { marks: { A: 'approve' } },
        { marks: { A: 'oppose', B: 'approve' } },
        { marks: { A: 'approve', B: 'approve', C: 'approve' } },
      ]),
    );
    expect(count.validBallots).toBe(3);
    expect(count.tallies.map((t) => [t.candidateId, t.approve, t.oppose, t.abstain])).toEqual([
      ['A', 1, 1, 1],
      ['B', 1, 0, 2],
      ['C', 0, 0, 3],
    ]);
  });

  it('counts eligible write-ins as approvals and toward the over-approval limit', () => {
    const r = round({ writeIns: { eligiblePersonIds: ['W'] } });
    const count = countVotes(
      r,
      electronic([
        { marks: { A: 'approve', B: 'oppose' }, writeIns: ['W'] }, // 2 approvals: valid
        { marks: { A: 'approve', B: 'approve' }, writeIns: ['W'] }, // 3 approvals: invalid
        { marks: {}, writeIns: ['W', 'W', 'X'] }, // W once, repeat and ineligible X disregarded
      ]),
    );
    expect(count.validBallots).toBe(2);
    expect(count.invalidReasons).toEqual({ 'over-approval': 1 });
    expect(count.disregardedWriteIns).toBe(2);
    expect(count.tallies.find((t) => t.candidateId === 'W')).toEqual({ candidateId: 'W', approve: 2, oppose: 0, abstain: 0, writeIn: true });
  });

  it('disregards write-ins when they are not allowed', () => {
    const count = countVotes(round(), electronic([{ marks: { A: 'approve' }, writeIns: ['W'] }]));
    expect(count.validBallots).toBe(1);
    expect(count.disregardedWriteIns).toBe(1);
    expect(count.tallies.map((t) => t.candidateId)).toEqual(['A', 'B', 'C']);
  });

  it('refuses more ballots issued than delegates present', () => {
    expect(() => countVotes(round(), electronic([], 11))).toThrow(expect.objectContaining({ code: 'election.issued-exceeds-present' }));
  });

  it('refuses a returned count that contradicts the ballots', () => {
    expect(() => countVotes(round(), { ...electronic([{ marks: {} }]), ballotsReturned: 2 })).toThrow(
      expect.objectContaining({ code: 'election.returned-mismatch' }),
    );
  });
});

describe('countVotes — paper count consistency', () => {
  const good: PaperCount = {
    method: 'paper',
    ballotsIssued: 10,
    ballotsReturned: 10,
    invalidBallots: 1,
    perCandidate: { A: { approve: 7, oppose: 1, abstain: 1 }, B: { approve: 5, oppose: 4, abstain: 0 }, C: { approve: 2, oppose: 2, abstain: 5 } },
  };

  it('accepts totals that add up', () => {
    const count = countVotes(round(), good);
    expect(count).toMatchObject({ method: 'paper', validBallots: 9, invalidBallots: 1, ballotsReturned: 10 });
  });

  it.each([
    ['a line not adding up to valid ballots', { perCandidate: { ...good.perCandidate, B: { approve: 5, oppose: 4, abstain: 1 } } }],
    ['more invalid than returned', { invalidBallots: 11 }],
    ['a candidate missing', { perCandidate: { A: good.perCandidate.A, B: good.perCandidate.B } }],
    ['a stranger listed', { perCandidate: { ...good.perCandidate, Z: { approve: 0, oppose: 0, abstain: 9 } } }],
    [
      'more approvals than ballots could hold (9 valid × 2 seats = 18)',
      {
        perCandidate: { A: { approve: 9, oppose: 0, abstain: 0 }, B: { approve: 9, oppose: 0, abstain: 0 }, C: { approve: 1, oppose: 0, abstain: 8 } },
      },
    ],
    ['write-ins when not allowed', { writeIns: { W: 1 } }],
  ])('rejects %s', (_name, change) => {
    expect(() => countVotes(round(), { ...good, ...change } as PaperCount)).toThrow(
      expect.objectContaining({ code: 'election.paper-count-inconsistent', kind: 'invalid' }),
    );
  });

  it('rejects negative or fractional numbers', () => {
    expect(() => countVotes(round(), { ...good, invalidBallots: -1 })).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(() => countVotes(round(), { ...good, invalidBallots: 0.5 })).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });
});
