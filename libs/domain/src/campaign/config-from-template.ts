import type { CampaignConfig } from './campaign-config';
import type { CampaignTemplate } from './campaign-templates';

/** What an organiser sends to create a campaign from a template: her title and body, and whatever she changes. */
export type TemplatedConfigInput = Partial<CampaignConfig> & Pick<CampaignConfig, 'title' | 'organisingBody'>;

/**
 * A campaign's configuration started from a template: every top-level field the organiser gives is hers (a given
 * pipeline or quota list replaces the template's whole), every field she leaves out is the template's. Title and
 * organising body are always hers; the template has neither.
 */
export function configFromTemplate(
  template: CampaignTemplate,
  input: TemplatedConfigInput,
): Partial<CampaignConfig> & Pick<CampaignConfig, 'title' | 'organisingBody' | 'positions'> {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as TemplatedConfigInput;
  return { ...template.config, ...given };
}
