import { type CampaignConfig, validateCampaignConfig, withDefaults } from '../campaign/campaign-config';
import { thrownDomainError } from '../shared/domain-error.testing';
import { ageBandOf, candidacyAttributes } from './candidate-attribute-definitions';

const config = (extra: Partial<CampaignConfig> = {}): CampaignConfig =>
  withDefaults({
    title: 'T',
    organisingBody: 'B',
    positions: [{ key: 'member', title: '常委', seats: 2 }],
    timeline: { candidacyClosesAt: '2026-06-30T16:00:00Z' },
    candidateAttributes: [
      { key: 'nonParty', label: '无党派人士', kind: 'boolean' },
      { key: 'sector', label: '界别', kind: 'choice', choices: ['教育', '卫生', '企业'] },
      { key: 'ageBand', label: '年龄段', kind: 'choice', choices: ['under-35', '35-44', '45-54', '55-and-over'] },
    ],
    ...extra,
  });
const at = new Date('2026-05-01T00:00:00Z');

describe('extra candidate attributes', () => {
  it('keeps what the campaign asks for and derives the age band at the year candidacy closes', () => {
    expect(candidacyAttributes(config(), { nonParty: true, sector: '教育', ageBand: 'made-up' }, 1990, at)).toEqual({
      nonParty: true,
      sector: '教育',
      ageBand: '35-44',
    });
  });

  it.each([
    [2000, 'under-35'],
    [1992, 'under-35'], // 34
    [1991, '35-44'], // 35
    [1982, '35-44'], // 44
    [1981, '45-54'], // 45
    [1971, '55-and-over'], // 55
  ])('born %i → %s in 2026 (age only counts for a quota, it never excludes)', (birthYear, band) => {
    expect(ageBandOf(birthYear, 2026)).toBe(band);
  });

  it.each([
    [{ religion: 'x' }, 'attributes.unknown', 'details.attributes.religion'],
    [{ nonParty: 'yes' }, 'attributes.not-boolean', 'details.attributes.nonParty'],
    [{ sector: '金融' }, 'attributes.not-a-choice', 'details.attributes.sector'],
  ])('refuses %j, naming the field', (given, code, field) => {
    const refusal = thrownDomainError(() => candidacyAttributes(config(), given as never, 1990, at));
    expect([refusal.code, refusal.field]).toEqual([code, field]);
  });

  it('records nothing new when the campaign defines no attributes (old candidacies read the same)', () => {
    expect(candidacyAttributes(config({ candidateAttributes: undefined }), undefined, 1990, at)).toBeUndefined();
  });

  it.each([
    [[{ key: 'gender', label: 'x', kind: 'boolean' }], 'attributes.duplicate-key', 'candidateAttributes.0.key'],
    [[{ key: '1x', label: 'x', kind: 'boolean' }], 'attributes.key-invalid', 'candidateAttributes.0.key'],
    [[{ key: 'sector', label: 'x', kind: 'choice', choices: [] }], 'attributes.choices-invalid', 'candidateAttributes.0.choices'],
    [[{ key: 'a', label: ' ', kind: 'boolean' }], 'attributes.label-required', 'candidateAttributes.0.label'],
  ])('refuses the definitions %j', (definitions, code, field) => {
    const refusal = thrownDomainError(() => validateCampaignConfig(config({ candidateAttributes: definitions as never })));
    expect([refusal.code, refusal.field]).toEqual([code, field]);
  });

  it('lets a quota count a defined attribute, and refuses one nobody is asked for', () => {
    expect(() => validateCampaignConfig(config({ quotas: [{ attribute: 'nonParty', minSharePercent: 10, appliesTo: 'elected' }] }))).not.toThrow();
    const refusal = thrownDomainError(() =>
      validateCampaignConfig(config({ quotas: [{ attribute: 'taiwanCompatriot', minSharePercent: 10, appliesTo: 'elected' }] })),
    );
    expect([refusal.code, refusal.field]).toEqual(['quota.attribute-unknown', 'quotas.0.attribute']);
  });
});
