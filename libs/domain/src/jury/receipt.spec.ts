import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson } from '../integrity/canonical-json';
import { ballotContent, ballotReceipt, canonicalBallotJson, paperBallotReceipt, receiptsDigest } from './receipt';

describe('ballot receipts', () => {
  const paper = { mode: 'score' as const, candidateIds: ['a', 'b'] };
  const content = ballotContent('campaign-1', 'ballot-1', paper, [90, 70]);

  it('covers the ballot content in a fixed, documented form', () => {
    expect(content).toEqual({ campaignId: 'campaign-1', ballotId: 'ballot-1', mode: 'score', marks: { a: 90, b: 70 } });
    expect(ballotReceipt(content, 'salt')).toMatch(/^[0-9a-f]{64}$/);
    // sha256('{"ballotId":"ballot-1","campaignId":"campaign-1","marks":{"a":90,"b":70},"mode":"score"}\nsalt')
    expect(ballotReceipt(content, 'salt')).toBe(
      createHash('sha256').update('{"ballotId":"ballot-1","campaignId":"campaign-1","marks":{"a":90,"b":70},"mode":"score"}\nsalt').digest('hex'),
    );
  });

  it('changes with any mark, the ballot id or the salt, and never depends on key order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 0, max: 1 }),
        fc.string(),
        (marks, at, salt) => {
          const base = ballotReceipt(ballotContent('c', 'b', paper, marks), salt);
          const changed = [...marks];
          changed[at] = (changed[at] + 1) % 101;
          expect(ballotReceipt(ballotContent('c', 'b', paper, changed), salt)).not.toBe(base);
          expect(ballotReceipt(ballotContent('c', 'b2', paper, marks), salt)).not.toBe(base);
          expect(ballotReceipt(ballotContent('c', 'b', paper, marks), `${salt}x`)).not.toBe(base);
          const reordered = { mode: 'score' as const, candidateIds: ['b', 'a'] };
          expect(ballotReceipt(ballotContent('c', 'b', reordered, [marks[1], marks[0]]), salt)).toBe(base);
        },
      ),
    );
  });

  it('writes the same canonical JSON as canonicalJson, for any ids and marks (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.uuid(), fc.string(), fc.constant('__proto__')), { minLength: 1, maxLength: 8 }),
        fc.string(),
        fc.string(),
        fc.constantFrom('score' as const, 'approval' as const),
        (ids, campaignId, ballotId, mode) => {
          const content = ballotContent(
            campaignId,
            ballotId,
            { mode, candidateIds: ids },
            ids.map((_, i) => (i * 37) % 101),
          );
          expect(canonicalBallotJson(content)).toBe(canonicalJson(content));
        },
      ),
    );
  });

  it('gives, from the paper worked out once, the very receipt of ballotReceipt(ballotContent(…)) (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uuid(), fc.string(), fc.constant('__proto__'), fc.constantFrom('0', '7', '10', '01')), { minLength: 1, maxLength: 8 }),
        fc.string(),
        fc.string(),
        fc.constantFrom('score' as const, 'approval' as const),
        fc.string(),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
        (ids, campaignId, ballotId, mode, salt, allMarks) => {
          const paper = { mode, candidateIds: ids };
          const marks = allMarks.slice(0, ids.length);
          const expected = ballotReceipt(ballotContent(campaignId, ballotId, paper, marks), salt);
          expect(paperBallotReceipt(paper, campaignId, ballotId, marks, salt)).toBe(expected);
          expect(paperBallotReceipt(paper, campaignId, ballotId, marks, salt)).toBe(expected); // and again, from the layout
        },
      ),
    );
  });

  it('digests a set of receipts independently of order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9a-f]{64}$/), { maxLength: 20 }), (receipts) => {
        expect(receiptsDigest([...receipts].reverse())).toBe(receiptsDigest(receipts));
      }),
    );
  });
});
