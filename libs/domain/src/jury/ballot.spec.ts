import { refusalCode } from '../shared/domain-error.testing';
import fc from 'fast-check';
import { type BallotPaper, ballotMarks, ballotPaperOf } from './ballot';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';
const score: BallotPaper = { mode: 'score', candidateIds: [A, B, C] };
const approval: BallotPaper = { mode: 'approval', candidateIds: [A, B, C], approvalLimit: 2 };

describe('ballotMarks (score mode)', () => {
  it('returns the scores in ballot-paper order, whatever order the juror sent them in', () => {
    expect(
      ballotMarks(score, {
        scores: [
          { candidacyId: C, score: 0 },
          { candidacyId: A, score: 100 },
          { candidacyId: B, score: 57 },
        ],
      }),
    ).toEqual([100, 57, 0]);
  });

  it.each([
    [
      'a score above 100',
      {
        scores: [
          { candidacyId: A, score: 101 },
          { candidacyId: B, score: 1 },
          { candidacyId: C, score: 1 },
        ],
      },
      'ballot.score-out-of-range',
    ],
    [
      'a negative score',
      {
        scores: [
          { candidacyId: A, score: -1 },
          { candidacyId: B, score: 1 },
          { candidacyId: C, score: 1 },
        ],
      },
      'ballot.score-out-of-range',
    ],
    [
      'a fractional score',
      {
        scores: [
          { candidacyId: A, score: 50.5 },
          { candidacyId: B, score: 1 },
          { candidacyId: C, score: 1 },
        ],
      },
      'ballot.score-not-integer',
    ],
    [
      'a score as text',
      {
        scores: [
          { candidacyId: A, score: '50' as unknown as number },
          { candidacyId: B, score: 1 },
          { candidacyId: C, score: 1 },
        ],
      },
      'ballot.score-not-integer',
    ],
    [
      'an unknown candidate',
      {
        scores: [
          { candidacyId: 'x', score: 1 },
          { candidacyId: B, score: 1 },
          { candidacyId: C, score: 1 },
        ],
      },
      'ballot.unknown-candidate',
    ],
    [
      'a candidate scored twice',
      {
        scores: [
          { candidacyId: A, score: 1 },
          { candidacyId: A, score: 2 },
          { candidacyId: C, score: 1 },
        ],
      },
      'ballot.duplicate-candidate',
    ],
    [
      'a candidate left out',
      {
        scores: [
          { candidacyId: A, score: 1 },
          { candidacyId: B, score: 1 },
        ],
      },
      'ballot.incomplete',
    ],
    ['approvals in score mode', { approvals: [A] }, 'ballot.wrong-mode'],
    ['nothing at all', {}, 'ballot.scores-required'],
  ])('refuses %s', (_, choice, code) => {
    expect(refusalCode(() => ballotMarks(score, choice))).toBe(code);
  });

  it('accepts every complete ballot of whole scores 0–100 and keeps each score (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }), (values) => {
        const scores = [A, B, C].map((candidacyId, i) => ({ candidacyId, score: values[i] })).reverse();
        expect(ballotMarks(score, { scores })).toEqual(values);
      }),
    );
  });

  it('refuses every score outside 0–100 (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 101 })), fc.integer({ min: 0, max: 2 }), (bad, at) => {
        const scores = [A, B, C].map((candidacyId, i) => ({ candidacyId, score: i === at ? bad : 50 }));
        expect(refusalCode(() => ballotMarks(score, { scores }))).toBe('ballot.score-out-of-range');
      }),
    );
  });
});

describe('ballotMarks (approval mode)', () => {
  it.each([
    [[], [0, 0, 0]],
    [[B], [0, 1, 0]],
    [
      [C, A],
      [1, 0, 1],
    ],
  ])('approvals %j → marks %j', (approvals, marks) => {
    expect(ballotMarks(approval, { approvals })).toEqual(marks);
  });

  it.each([
    ['more approvals than K', { approvals: [A, B, C] }, 'ballot.too-many-approvals'],
    ['an unknown candidate', { approvals: ['nobody'] }, 'ballot.unknown-candidate'],
    ['a candidate approved twice', { approvals: [A, A] }, 'ballot.duplicate-candidate'],
    ['scores in approval mode', { scores: [] }, 'ballot.wrong-mode'],
    ['no approvals field', {}, 'ballot.approvals-required'],
  ])('refuses %s', (_, choice, code) => {
    expect(refusalCode(() => ballotMarks(approval, choice))).toBe(code);
  });

  it('accepts exactly the ballots with at most K distinct known candidates (property)', () => {
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.subarray(ids), (k, approvals) => {
        const paper: BallotPaper = { mode: 'approval', candidateIds: ids, approvalLimit: k };
        if (approvals.length <= k) {
          const marks = ballotMarks(paper, { approvals });
          expect(marks.reduce((a, b) => a + b, 0)).toBe(approvals.length);
          expect(ids.filter((_, i) => marks[i] === 1).sort()).toEqual([...approvals].sort());
        } else {
          expect(refusalCode(() => ballotMarks(paper, { approvals }))).toBe('ballot.too-many-approvals');
        }
      }),
    );
  });
});

describe('ballotPaperOf', () => {
  it('lists the accepted candidacies only, by submission time and then id', () => {
    const campaign = { id: 'c', stage: 'jury' as const, config: { juryMode: 'approval', approvalLimit: 2 } as never };
    const at = (s: string) => `2026-01-0${s}T00:00:00.000Z`;
    const candidacies = new Map(
      [
        { id: 'z', status: 'accepted', submittedAt: at('1') },
        { id: 'y', status: 'rejected', submittedAt: at('1') },
        { id: 'b', status: 'accepted', submittedAt: at('2') },
        { id: 'a', status: 'accepted', submittedAt: at('2') },
        { id: 'w', status: 'withdrawn', submittedAt: at('3') },
      ].map((c) => [c.id, c as never]),
    );
    expect(ballotPaperOf(campaign, candidacies)).toEqual({ mode: 'approval', candidateIds: ['z', 'a', 'b'], approvalLimit: 2 });
  });
});
