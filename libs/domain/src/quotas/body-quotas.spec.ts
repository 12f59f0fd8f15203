import { type CampaignConfig, validateCampaignConfig, withDefaults } from '../campaign/campaign-config';
import { thrownDomainError } from '../shared/domain-error.testing';
import { checkElectedSetQuotas } from './body-quotas';
import type { CandidateAttributes } from './quota-check';

const G = { grassrootsFrontline: true, employment: 'part-time' };
const O = { grassrootsFrontline: false, employment: 'part-time' };

const configWith = (sitting: { count: number; attributes: Record<string, string | boolean> }[], extra: Partial<CampaignConfig> = {}): CampaignConfig =>
  withDefaults({
    title: 'T',
    organisingBody: 'B',
    positions: [
      { key: 'vice-chair', title: '兼职副主席', seats: 2 },
      { key: 'standing-member', title: '兼职常委', seats: 4 },
    ],
    bodies: [{ key: 'standing-committee', title: '常务委员会', positionKeys: ['standing-member'], sittingMembers: sitting }],
    quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected', body: 'standing-committee' }],
    ...extra,
  });

const attributes = new Map<string, CandidateAttributes>([
  ['v1', O],
  ['v2', O],
  ['m1', G],
  ['m2', O],
  ['m3', O],
  ['m4', O],
]);
const elected = [
  { positionKey: 'vice-chair', candidacyIds: ['v1', 'v2'] },
  { positionKey: 'standing-member', candidacyIds: ['m1', 'm2', 'm3', 'm4'] },
];

describe('quotas on a governing body, counting its sitting members', () => {
  it.each([
    // sitting members, broken? — the body is the 4 elected standing members (1 grassroots) plus the sitting ones
    ['no sitting members: 1 of 4 < 30% (needs 2)', [], [['常务委员会: grassrootsFrontline=true', 2, 1, 4]]],
    [
      'met only thanks to sitting members: 1 + 2 of 4 + 6 = 30%',
      [
        { count: 2, attributes: G },
        { count: 4, attributes: O },
      ],
      [],
    ],
    [
      'broken because of sitting members: 2 of 4 + 6 < 30% (needs 3)',
      [
        { count: 1, attributes: G },
        { count: 5, attributes: O },
      ],
      [['常务委员会: grassrootsFrontline=true', 3, 2, 10]],
    ],
  ])('%s', (_name, sitting, expected) => {
    const violations = checkElectedSetQuotas(configWith(sitting), elected, attributes);
    expect(violations.map((v) => [v.quota, v.limitCount, v.actualCount, v.total])).toEqual(expected);
  });

  it('checks a quota without a body on the whole elected set, as before bodies existed', () => {
    const config = configWith([], { quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected' }] });
    // 1 of 6 elected < 30% (needs 2): the vice-chairs count too
    expect(checkElectedSetQuotas(config, elected, attributes).map((v) => [v.quota, v.limitCount, v.actualCount, v.total])).toEqual([
      ['grassrootsFrontline=true', 2, 1, 6],
    ]);
  });

  it.each([
    [
      'a repeated body key',
      {
        bodies: [
          { key: 'b', title: 'B', positionKeys: ['vice-chair'] },
          { key: 'b', title: 'C', positionKeys: ['vice-chair'] },
        ],
        quotas: [],
      },
      'bodies.duplicate-key',
      'bodies.1.key',
    ],
    [
      'a position the campaign lacks',
      { bodies: [{ key: 'b', title: 'B', positionKeys: ['nope'] }], quotas: [] },
      'bodies.position-unknown',
      'bodies.0.positionKeys.0',
    ],
    ['a body without positions', { bodies: [{ key: 'b', title: 'B', positionKeys: [] }], quotas: [] }, 'bodies.positions-required', 'bodies.0.positionKeys'],
    [
      'sitting members of no count',
      { bodies: [{ key: 'b', title: 'B', positionKeys: ['vice-chair'], sittingMembers: [{ count: 0, attributes: G }] }], quotas: [] },
      'bodies.sitting-members-invalid',
      'bodies.0.sittingMembers.0',
    ],
    [
      'sitting members with a nested attribute',
      { bodies: [{ key: 'b', title: 'B', positionKeys: ['vice-chair'], sittingMembers: [{ count: 1, attributes: { x: { y: 1 } } }] }], quotas: [] },
      'bodies.sitting-members-invalid',
      'bodies.0.sittingMembers.0',
    ],
    [
      'a quota naming an unknown body',
      { quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected' as const, body: 'nope' }] },
      'quota.body-unknown',
      'quotas.0.body',
    ],
    [
      'a body quota on the shortlist',
      { quotas: [{ attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' as const, body: 'standing-committee' }] },
      'quota.body-needs-elected',
      'quotas.0.body',
    ],
  ])('refuses %s, naming the field', (_name, change, code, field) => {
    const config = configWith([], change as Partial<CampaignConfig>);
    const refusal = thrownDomainError(() => validateCampaignConfig(config));
    expect([refusal.code, refusal.field]).toEqual([code, field]);
  });

  it('takes the same quota once for the whole set and once for a body', () => {
    const config = configWith([], {
      quotas: [
        { attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected' },
        { attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'elected', body: 'standing-committee' },
      ],
    });
    expect(() => validateCampaignConfig(config)).not.toThrow();
  });
});
