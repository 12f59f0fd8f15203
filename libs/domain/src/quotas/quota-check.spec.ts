import { DomainError } from '../shared/domain-error';
import { CandidateAttributes, Quota, checkQuotas } from './quota-check';

const group = (...attrs: CandidateAttributes[]) => attrs.map((attributes, i) => ({ candidacyId: `p${i + 1}`, attributes }));
const G = { grassrootsFrontline: true, employment: 'part-time' };
const FT = { grassrootsFrontline: false, employment: 'full-time' };
const PT = { grassrootsFrontline: false, employment: 'part-time' };

const grassroots30: Quota = { id: 'grassroots ≥ 30%', attribute: 'grassrootsFrontline', minSharePercent: 30 };
const fullTime50: Quota = { attribute: 'employment', equals: 'full-time', maxSharePercent: 50 };

describe('checkQuotas', () => {
  it.each([
    ['min met exactly (3 of 10 = 30%)', group(G, G, G, PT, PT, PT, PT, PT, PT, PT), [grassroots30], []],
    ['min violated (1 of 5 < 30%, needs 2)', group(G, PT, PT, PT, PT), [grassroots30], [['grassroots ≥ 30%', 'min', 2, 1]]],
    ['min rounds up (30% of 4 needs 2)', group(G, PT, PT, PT), [grassroots30], [['grassroots ≥ 30%', 'min', 2, 1]]],
    ['max met exactly (2 of 4 = 50%)', group(FT, FT, PT, PT), [fullTime50], []],
    ['max violated (2 of 3 > 50%, allows 1)', group(FT, FT, PT), [fullTime50], [['employment=full-time', 'max', 1, 2]]],
    [
      'both violated',
      group(FT, FT, FT),
      [grassroots30, fullTime50],
      [
        ['grassroots ≥ 30%', 'min', 1, 0],
        ['employment=full-time', 'max', 1, 3],
      ],
    ],
    ['empty set meets every quota', group(), [grassroots30, fullTime50], []],
  ])('%s', (_name, selected, quotas, expected) => {
    const violations = checkQuotas(selected, quotas);
    expect(violations.map((v) => [v.quota, v.bound, v.limitCount, v.actualCount])).toEqual(expected);
  });

  it('reports the share and the people counted', () => {
    const [v] = checkQuotas(group(G, PT, PT), [{ attribute: 'grassrootsFrontline', minSharePercent: 40 }]);
    expect(v.actualSharePercent.toDecimalPlaces(2).toString()).toBe('33.33');
    expect(v.matchingIds).toEqual(['p1']);
    expect(v.message).toContain('at least 40%');
  });

  it.each([
    [{ attribute: 'x' }],
    [{ attribute: '', minSharePercent: 10 }],
    [{ attribute: 'x', minSharePercent: 60, maxSharePercent: 50 }],
    [{ attribute: 'x', minSharePercent: 101 }],
  ])('rejects malformed quota %j', (quota) => {
    expect(() => checkQuotas([], [quota as Quota])).toThrow(DomainError);
  });
});
