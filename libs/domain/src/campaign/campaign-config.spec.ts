import { thrownDomainError } from '../shared/domain-error.testing';
import { type QuotaRule, validateCampaignConfig, withDefaults } from './campaign-config';

const configWith = (quotas: QuotaRule[]) =>
  withDefaults({
    title: '区妇联兼职副主席公开选配',
    organisingBody: '某区妇女联合会',
    positions: [{ key: 'vice-chair', title: '兼职副主席', seats: 3 }],
    quotas,
  });

describe('validateCampaignConfig: quotas', () => {
  it('refuses the same quota twice (same attribute, value and body), naming the later row', () => {
    const err = thrownDomainError(() =>
      validateCampaignConfig(
        configWith([
          { attribute: 'grassrootsFrontline', equals: true, minSharePercent: 30, appliesTo: 'shortlist' },
          { attribute: 'grassrootsFrontline', minSharePercent: 40, appliesTo: 'shortlist' }, // equals left out = true
        ]),
      ),
    );
    expect(err).toMatchObject({ code: 'quota.duplicate', kind: 'invalid', field: 'quotas.1.attribute' });
    expect(err.message).toContain('quota 1');
  });

  it('allows the same attribute for another value or another body', () => {
    expect(() =>
      validateCampaignConfig(
        configWith([
          { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
          { attribute: 'employment', equals: 'part-time', minSharePercent: 20, appliesTo: 'elected' },
          { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'shortlist' },
        ]),
      ),
    ).not.toThrow();
  });
});
