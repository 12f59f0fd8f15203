import { DomainError } from '../shared/domain-error';
import type { BallotPaper } from './ballot';
import { tallyJury } from './jury-tally';
import { checkJuryPaperCount, type JuryPaperCount } from './paper-count';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof DomainError) return `${err.code}@${err.field}`;
    throw err;
  }
};

describe('checkJuryPaperCount (score mode)', () => {
  const paper: BallotPaper = { mode: 'score', candidateIds: ['a', 'b'] };
  const good: JuryPaperCount = {
    issued: 60,
    returned: 58,
    invalid: 3,
    candidates: [
      { candidacyId: 'a', ballots: 55, sum: 4400, highest: 100, lowest: 20 },
      { candidacyId: 'b', ballots: 55, sum: 3850, highest: 95, lowest: 40 },
    ],
  };

  it('accepts totals that add up and tallies them like electronic ballots', () => {
    const counts = checkJuryPaperCount(paper, good);
    expect(counts.validBallots).toBe(55);
    // a: (4400 − 100 − 20) / 53 = 80.7547… → 80.75; b: (3850 − 95 − 40) / 53 = 70.0943… → 70.09
    expect(tallyJury(paper, counts).candidates.map((c) => c.juryScore)).toEqual(['80.75', '70.09']);
  });

  it.each([
    ['more returned than issued (void)', { returned: 61 }, 'paper-count.returned-exceeds-issued@returned'],
    ['more invalid than returned', { invalid: 59 }, 'paper-count.invalid-exceeds-returned@invalid'],
    ['a fractional count', { issued: 60.5 }, 'paper-count.number@issued'],
    [
      'a line scored on fewer ballots than are valid',
      { candidates: [{ ...good.candidates[0], ballots: 54 }, good.candidates[1]] },
      'paper-count.ballots-mismatch@candidates.0.ballots',
    ],
    ['a sum above what the highest allows', { candidates: [{ ...good.candidates[0], sum: 5600 }, good.candidates[1]] }, 'tally.inconsistent@candidates.0'],
    ['a lowest above the highest', { candidates: [{ ...good.candidates[0], lowest: 100, highest: 90 }, good.candidates[1]] }, 'tally.extremes@candidates.0'],
    ['a highest above 100', { candidates: [{ ...good.candidates[0], highest: 101 }, good.candidates[1]] }, 'tally.extremes@candidates.0'],
    ['a candidate missing', { candidates: [good.candidates[0]] }, 'paper-count.missing-candidate@candidates'],
    [
      'an unknown candidate',
      { candidates: [...good.candidates, { candidacyId: 'x', ballots: 55, sum: 0, highest: 0, lowest: 0 }] },
      'paper-count.unknown-candidate@candidates.2.candidacyId',
    ],
    ['a candidate twice', { candidates: [good.candidates[0], good.candidates[0]] }, 'paper-count.duplicate-candidate@candidates.1.candidacyId'],
  ])('refuses %s', (_, change, expected) => {
    expect(codeOf(() => checkJuryPaperCount(paper, { ...good, ...change } as JuryPaperCount))).toBe(expected);
  });
});

describe('checkJuryPaperCount (approval mode)', () => {
  const paper: BallotPaper = { mode: 'approval', candidateIds: ['a', 'b', 'c'], approvalLimit: 2 };
  const good: JuryPaperCount = {
    issued: 40,
    returned: 40,
    invalid: 0,
    candidates: [
      { candidacyId: 'a', approvals: 30 },
      { candidacyId: 'b', approvals: 30 },
      { candidacyId: 'c', approvals: 20 },
    ],
  };

  it('accepts approvals within K per valid ballot', () => {
    expect(tallyJury(paper, checkJuryPaperCount(paper, good)).candidates.map((c) => c.juryScore)).toEqual(['75.00', '75.00', '50.00']);
  });

  it.each([
    [
      'more approvals than valid ballots',
      { candidates: [{ candidacyId: 'a', approvals: 41 }, good.candidates[1], good.candidates[2]] },
      'paper-count.approvals-exceed-valid@candidates.0.approvals',
    ],
    [
      'more approvals in all than K per ballot allows',
      { candidates: [good.candidates[0], good.candidates[1], { candidacyId: 'c', approvals: 21 }] },
      'paper-count.too-many-approvals@candidates',
    ],
  ])('refuses %s', (_, change, expected) => {
    expect(codeOf(() => checkJuryPaperCount(paper, { ...good, ...change } as JuryPaperCount))).toBe(expected);
  });
});
