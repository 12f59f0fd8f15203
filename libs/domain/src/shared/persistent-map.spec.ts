import fc from 'fast-check';
import { PersistentMap } from './persistent-map';

/** Versions drafted one from another, each checked against a plain Map given the same changes. */
describe('PersistentMap', () => {
  const change = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer());
  const versions = fc.array(fc.array(change, { maxLength: 120 }), { minLength: 1, maxLength: 30 });

  it('every version reads, counts and iterates like a Map given the same sets, whatever was drafted from it later', () => {
    fc.assert(
      fc.property(versions, (batches) => {
        let current = PersistentMap.empty<number, number>();
        const model = new Map<number, number>();
        const kept: { version: PersistentMap<number, number>; asMap: Map<number, number> }[] = [];
        for (const batch of batches) {
          const draft = current.draft();
          for (const [k, v] of batch) {
            draft.set(k, v);
            model.set(k, v);
          }
          current = draft.done();
          kept.push({ version: current, asMap: new Map(model) });
        }
        for (const { version, asMap } of kept) {
          expect(version.size).toBe(asMap.size);
          expect([...version]).toEqual([...asMap]);
          expect([...version.keys()]).toEqual([...asMap.keys()]);
          expect([...version.values()]).toEqual([...asMap.values()]);
          for (const k of [0, 1, 200, 400, 401]) {
            expect(version.get(k)).toBe(asMap.get(k));
            expect(version.has(k)).toBe(asMap.has(k));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a draft copies about 2√n entries, not the whole map', () => {
    const draft = PersistentMap.empty<number, string>().draft();
    for (let i = 0; i < 10_000; i += 1) draft.set(i, 'submitted');
    let map = draft.done();
    for (let i = 0; i < 1_000; i += 1) {
      const next = map.draft();
      next.set(i, 'accepted');
      map = next.done();
      const delta = (map as unknown as { delta: ReadonlyMap<number, string> }).delta;
      expect(delta.size).toBeLessThanOrEqual(2 * Math.sqrt(10_000) + 1);
    }
    expect(map.get(999)).toBe('accepted');
    expect(map.get(1_000)).toBe('submitted');
    expect(map.size).toBe(10_000);
  });

  it('wraps a plain Map without copying it and never writes into it', () => {
    const plain = new Map([['a', 1]]);
    const draft = PersistentMap.of(plain).draft();
    draft.set('a', 2).set('b', 3);
    expect([...draft.done()]).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    expect([...plain]).toEqual([['a', 1]]);
  });
});
