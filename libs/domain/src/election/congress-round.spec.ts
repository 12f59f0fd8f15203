import { DomainError } from '../shared/domain-error';
import { assertCompetitive, assertQuorum, hasQuorum, majorityThresholdOf, openCongressRound } from './congress-round';

describe('quorum', () => {
  it.each([
    // registered, present, rule, met
    [90, 60, undefined, false], // exactly 2/3 is not more than 2/3
    [90, 61, undefined, true],
    [100, 66, undefined, false],
    [100, 67, undefined, true], // 67 > 66.67
    [3, 2, undefined, false],
    [3, 3, undefined, true],
    [100, 50, { numerator: 1, denominator: 2 }, false],
    [100, 51, { numerator: 1, denominator: 2 }, true],
    [10, 8, { numerator: 3, denominator: 4 }, true],
  ])('%i registered, %i present, rule %j → met %s', (registered, present, rule, met) => {
    expect(hasQuorum(registered, present, rule)).toBe(met);
    if (met) expect(() => assertQuorum(registered, present, rule)).not.toThrow();
    else expect(() => assertQuorum(registered, present, rule)).toThrow(expect.objectContaining({ code: 'election.quorum-not-met', kind: 'conflict' }));
  });

  it('a round without quorum cannot open', () => {
    expect(() => openCongressRound({ registeredDelegates: 90, presentDelegates: 60, seats: 1, candidateIds: ['a', 'b'] })).toThrow(
      expect.objectContaining({ code: 'election.quorum-not-met', kind: 'conflict' }),
    );
  });

  it.each([
    [10, 11],
    [0, 0],
    [10, -1],
    [10, 2.5],
  ])('rejects %s registered / %s present', (registered, present) => {
    expect(() => hasQuorum(registered, present)).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });

  it.each([[{ numerator: 3, denominator: 3 }], [{ numerator: 1, denominator: 0 }]])('rejects quorum rule %j', (rule) => {
    expect(() => hasQuorum(10, 9, rule)).toThrow(DomainError);
  });
});

describe('assertCompetitive', () => {
  it.each([
    [4, 3, undefined, true],
    [3, 3, undefined, false],
    [2, 3, undefined, false],
    [3, 3, { reason: 'Only three nominees after withdrawals; congress presidium agreed' }, true],
    [3, 3, { reason: '   ' }, false],
  ])('%i candidates for %i seats, exception %j → allowed %s', (candidates, seats, exception, allowed) => {
    const run = () => assertCompetitive(candidates, seats, exception);
    if (allowed) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code: 'election.not-competitive', kind: 'conflict' }));
  });

  it('a round with no more candidates than seats cannot open without an exception', () => {
    const config = { registeredDelegates: 10, presentDelegates: 10, seats: 2, candidateIds: ['a', 'b'] };
    expect(() => openCongressRound(config)).toThrow(expect.objectContaining({ code: 'election.not-competitive' }));
    expect(openCongressRound({ ...config, competitiveException: { reason: 'recorded' } }).seats).toBe(2);
  });
});

describe('openCongressRound', () => {
  it('fills defaults and computes the majority threshold', () => {
    const round = openCongressRound({ registeredDelegates: 100, presentDelegates: 80, seats: 2, candidateIds: ['a', 'b', 'c'] });
    expect(round).toMatchObject({ majorityBase: 'present', majorityThreshold: 41, quorum: { numerator: 2, denominator: 3 }, writeInEligibleIds: null });
    const byRegistered = openCongressRound({
      registeredDelegates: 100,
      presentDelegates: 80,
      seats: 2,
      candidateIds: ['a', 'b', 'c'],
      majorityBase: 'registered',
    });
    expect(byRegistered.majorityThreshold).toBe(51);
  });

  it.each([
    [80, 41],
    [81, 41],
    [1, 1],
    [2, 2],
  ])('more than half of %i is %i', (base, threshold) => expect(majorityThresholdOf(base)).toBe(threshold));

  it.each([
    [{ candidateIds: ['a', 'a', 'b'] }, 'election.duplicate-id'],
    [{ seats: 0 }, 'election.count-invalid'],
    [{ writeIns: { eligiblePersonIds: ['a'] } }, 'election.write-in-is-candidate'],
  ])('rejects %j', (override, code) => {
    const config = { registeredDelegates: 10, presentDelegates: 10, seats: 1, candidateIds: ['a', 'b'], ...override };
    expect(() => openCongressRound(config)).toThrow(expect.objectContaining({ code, kind: 'invalid' }));
  });
});
