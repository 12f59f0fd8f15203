import { randomInt } from 'node:crypto';
import { congressBallotReceipt, shuffled } from './ballot-box';

describe('shuffled (Fisher–Yates)', () => {
  it('keeps every item exactly once', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect([...shuffled(items, randomInt)].sort((a, b) => a - b)).toEqual(items);
  });

  it('gives each of the 6 orders of 3 items about equally often', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 6000; i += 1) {
      const order = shuffled(['a', 'b', 'c'], randomInt).join('');
      seen.set(order, (seen.get(order) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    // 1000 expected each; ±200 is more than 6 standard deviations (≈29): a biased shuffle lands outside.
    for (const n of seen.values()) expect(Math.abs(n - 1000)).toBeLessThan(200);
  });
});

describe('congressBallotReceipt', () => {
  it('changes with the marks, the write-ins, the round and the salt', () => {
    const base = congressBallotReceipt('r1', { marks: { F1: 'approve' }, writeIns: [] }, 's');
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(congressBallotReceipt('r1', { marks: { F1: 'approve' }, writeIns: [] }, 's')).toBe(base);
    expect(congressBallotReceipt('r1', { marks: { F1: 'oppose' }, writeIns: [] }, 's')).not.toBe(base);
    expect(congressBallotReceipt('r1', { marks: { F1: 'approve' }, writeIns: ['X'] }, 's')).not.toBe(base);
    expect(congressBallotReceipt('r2', { marks: { F1: 'approve' }, writeIns: [] }, 's')).not.toBe(base);
    expect(congressBallotReceipt('r1', { marks: { F1: 'approve' }, writeIns: [] }, 't')).not.toBe(base);
  });
});
