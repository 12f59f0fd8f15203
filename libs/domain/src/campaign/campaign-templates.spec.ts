import { validateCampaignConfig, withDefaults } from './campaign-config';
import { CAMPAIGN_TEMPLATES, campaignTemplate } from './campaign-templates';

describe('campaign templates', () => {
  it.each(CAMPAIGN_TEMPLATES.map((t) => [t.key, t] as const))('%s is a valid configuration once given a title and body', (_key, template) => {
    expect(() => validateCampaignConfig(withDefaults({ ...template.config, title: '新的选配', organisingBody: '某区妇女联合会' }))).not.toThrow();
  });

  it('have distinct keys and say what they are in both languages', () => {
    expect(new Set(CAMPAIGN_TEMPLATES.map((t) => t.key)).size).toBe(CAMPAIGN_TEMPLATES.length);
    for (const t of CAMPAIGN_TEMPLATES) {
      for (const text of [t.title, t.description]) {
        expect(text['zh-CN'].trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('offers the demo’s shape: 3 vice-chairs + 2 standing-committee, grassroots ≥ 30 % on the shortlist, full-time ≤ 50 % elected', () => {
    const { config } = campaignTemplate('open-selection')!;
    expect(config.positions.map((p) => [p.key, p.seats])).toEqual([
      ['vice-chair', 3],
      ['standing-committee', 2],
    ]);
    expect(config.weights).toEqual({ projectReview: '40', panelOpinion: '30', jury: '30' });
    expect(config.quotas).toEqual([
      { attribute: 'grassrootsFrontline', minSharePercent: 30, appliesTo: 'shortlist' },
      { attribute: 'employment', equals: 'full-time', maxSharePercent: 50, appliesTo: 'elected' },
    ]);
    expect(campaignTemplate('no-such-template')).toBeUndefined();
  });
});
