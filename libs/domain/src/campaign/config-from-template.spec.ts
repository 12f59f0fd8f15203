import fc from 'fast-check';
import { type CampaignConfig, validateCampaignConfig, withDefaults } from './campaign-config';
import { CAMPAIGN_TEMPLATES, campaignTemplate } from './campaign-templates';
import { configFromTemplate, type TemplatedConfigInput } from './config-from-template';

const named = { title: '某市十佳家庭评选', organisingBody: '某市妇女联合会' };
const honours = campaignTemplate('honours')!;
const openSelection = campaignTemplate('open-selection')!;

describe('configFromTemplate', () => {
  it.each<[string, string, TemplatedConfigInput, Partial<CampaignConfig>]>([
    [
      'honours, only title and body: two tiers, expert review left out, the public vote weighs 100',
      'honours',
      named,
      {
        ...named,
        positions: honours.config.positions,
        pipeline: honours.config.pipeline,
        weights: { projectReview: '0', panelOpinion: '0', jury: '100' },
        juryMode: 'approval',
      },
    ],
    [
      'open selection, her own positions: the template’s weights and quotas',
      'open-selection',
      { ...named, positions: [{ key: 'member', title: '执委', seats: 7 }] },
      { positions: [{ key: 'member', title: '执委', seats: 7 }], weights: openSelection.config.weights, quotas: openSelection.config.quotas },
    ],
    [
      'a field she gives replaces the template’s whole (no quotas at all)',
      'open-selection',
      { ...named, quotas: [] },
      { quotas: [], positions: openSelection.config.positions },
    ],
    [
      'a field sent as undefined is left out, not an erasure',
      'honours',
      { ...named, quotas: undefined, pipeline: undefined },
      { quotas: [], pipeline: honours.config.pipeline },
    ],
    [
      'her own pipeline replaces the template’s (one tier)',
      'honours',
      {
        ...named,
        pipeline: { template: 'honours', skippedStages: ['project-review', 'panel-opinion'], awardTiers: [{ key: 'winner', title: '十佳', size: 10 }] },
      },
      { pipeline: { template: 'honours', skippedStages: ['project-review', 'panel-opinion'], awardTiers: [{ key: 'winner', title: '十佳', size: 10 }] } },
    ],
    [
      'title and body are always hers',
      'community-representatives',
      { title: '社区执委选配', organisingBody: '某社区妇联' },
      { title: '社区执委选配', organisingBody: '某社区妇联' },
    ],
  ])('%s', (_name, key, input, expected) => {
    expect(configFromTemplate(campaignTemplate(key)!, input)).toMatchObject(expected);
  });

  it('takes each field from what she gave, else from the template, for every template', () => {
    const fields = ['positions', 'weights', 'juryMode', 'approvalLimit', 'competitiveMarginPercent', 'quotas', 'blindReview', 'publicityWorkingDays'] as const;
    const mine: Partial<CampaignConfig> = {
      positions: [{ key: 'member', title: '执委', seats: 2 }],
      weights: { projectReview: '0', panelOpinion: '0', jury: '100' },
      juryMode: 'score',
      approvalLimit: 3,
      competitiveMarginPercent: 50,
      quotas: [],
      blindReview: true,
      publicityWorkingDays: 7,
    };
    fc.assert(
      fc.property(fc.constantFrom(...CAMPAIGN_TEMPLATES), fc.subarray([...fields]), (template, given) => {
        const input = { ...named, ...Object.fromEntries(given.map((f) => [f, mine[f]])) } as TemplatedConfigInput;
        const config = configFromTemplate(template, input);
        for (const f of fields) expect(config[f]).toEqual(given.includes(f) ? mine[f] : template.config[f]);
        expect([config.title, config.organisingBody]).toEqual([named.title, named.organisingBody]);
      }),
    );
  });

  it.each(CAMPAIGN_TEMPLATES.map((t) => [t.key, t] as const))('%s with only a title and body is a valid configuration', (_key, template) => {
    expect(() => validateCampaignConfig(withDefaults(configFromTemplate(template, named)))).not.toThrow();
  });
});
