import type { AttributeDefinition, CampaignConfig } from '../campaign/campaign-config';
import { invalid } from '../shared/domain-error';

/**
 * Extra candidate attributes a campaign asks for so that quotas can count them (issue 16): e.g. sector, age band,
 * non-party (无党派), ethnic minority (少数民族), Taiwan compatriot (台胞). They are quota attributes, so like
 * gender, employment and grassroots front-line they are kept in clear in the history: the verifier recomputes
 * every quota decision from the sealed log (DOMAIN.md, What is kept). Age never excludes anyone: the age band
 * only counts for a quota.
 */

/** Attributes every candidacy already has; a campaign cannot define them again. */
export const BUILT_IN_QUOTA_ATTRIBUTES = ['grassrootsFrontline', 'employment', 'gender'] as const;

/** The age band attribute: derived from the birth year, never given by the candidate. */
export const AGE_BAND_ATTRIBUTE = 'ageBand';
export const AGE_BANDS = ['under-35', '35-44', '45-54', '55-and-over'] as const;

/** The extra attributes the UI offers ready-made (the organiser may also define her own). */
export const SUGGESTED_ATTRIBUTES: readonly AttributeDefinition[] = [
  { key: 'sector', label: 'sector', kind: 'choice', choices: [] },
  { key: AGE_BAND_ATTRIBUTE, label: 'ageBand', kind: 'choice', choices: [...AGE_BANDS] },
  { key: 'nonParty', label: 'nonParty', kind: 'boolean' },
  { key: 'ethnicMinority', label: 'ethnicMinority', kind: 'boolean' },
  { key: 'taiwanCompatriot', label: 'taiwanCompatriot', kind: 'boolean' },
];

const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** Age on the reference year (the year candidacy closes), in whole years, mapped to its band. */
export function ageBandOf(birthYear: number, referenceYear: number): (typeof AGE_BANDS)[number] {
  const age = referenceYear - birthYear;
  if (age < 35) return 'under-35';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55-and-over';
}

export function validateAttributeDefinitions(definitions: readonly AttributeDefinition[]): void {
  const keys = new Set<string>();
  definitions.forEach((d, i) => {
    const field = `candidateAttributes.${i}`;
    if (!d || typeof d.key !== 'string' || !KEY_PATTERN.test(d.key)) {
      throw invalid('attributes.key-invalid', `Attribute ${i + 1}: the key must be a letter followed by letters, digits, - or _.`, `${field}.key`, {
        row: i + 1,
      });
    }
    if ((BUILT_IN_QUOTA_ATTRIBUTES as readonly string[]).includes(d.key) || keys.has(d.key)) {
      throw invalid('attributes.duplicate-key', `Attribute ${i + 1}: "${d.key}" is already defined.`, `${field}.key`, { row: i + 1, key: d.key });
    }
    keys.add(d.key);
    if (typeof d.label !== 'string' || !d.label.trim()) {
      throw invalid('attributes.label-required', `Attribute ${i + 1} needs a label.`, `${field}.label`, { row: i + 1 });
    }
    if (d.kind !== 'boolean' && d.kind !== 'choice') {
      throw invalid('attributes.kind-invalid', `Attribute ${i + 1}: the kind must be boolean or choice.`, `${field}.kind`, { row: i + 1 });
    }
    if (d.kind === 'choice') {
      const choices = d.key === AGE_BAND_ATTRIBUTE ? [...AGE_BANDS] : (d.choices ?? []);
      if (choices.length === 0 || choices.some((c) => typeof c !== 'string' || !c.trim()) || new Set(choices).size !== choices.length) {
        throw invalid('attributes.choices-invalid', `Attribute ${i + 1} needs distinct, non-empty choices.`, `${field}.choices`, { row: i + 1 });
      }
    }
  });
}

/** The year ages are counted at: the year candidacy closes (or, without a closing date, the year of the candidacy). */
const referenceYearOf = (config: CampaignConfig, at: Date): number =>
  config.timeline?.candidacyClosesAt ? new Date(config.timeline.candidacyClosesAt).getUTCFullYear() : at.getUTCFullYear();

/**
 * A candidacy's extra attributes, checked against the campaign's definitions: no unknown key, a boolean for a
 * boolean, one of the choices for a choice. The age band is derived from the birth year (whatever was sent).
 * Returns undefined when the campaign defines none and none were given, so old candidacies record the same.
 */
export function candidacyAttributes(
  config: CampaignConfig,
  given: Readonly<Record<string, string | boolean>> | undefined,
  birthYear: number,
  at: Date,
): Record<string, string | boolean> | undefined {
  const definitions = config?.candidateAttributes ?? [];
  if (definitions.length === 0 && (given === undefined || Object.keys(given).length === 0)) return undefined;
  const result: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(given ?? {})) {
    const field = `details.attributes.${key}`;
    const definition = definitions.find((d) => d.key === key);
    if (!definition) throw invalid('attributes.unknown', `The campaign does not ask for "${key}".`, field, { key });
    if (key === AGE_BAND_ATTRIBUTE) continue;
    if (definition.kind === 'boolean' && typeof value !== 'boolean') {
      throw invalid('attributes.not-boolean', `"${definition.label}" is yes or no.`, field, { key: definition.label });
    }
    if (definition.kind === 'choice' && (typeof value !== 'string' || !(definition.choices ?? []).includes(value))) {
      throw invalid('attributes.not-a-choice', `"${definition.label}" must be one of: ${(definition.choices ?? []).join(', ')}.`, field, {
        key: definition.label,
      });
    }
    result[key] = value;
  }
  if (definitions.some((d) => d.key === AGE_BAND_ATTRIBUTE) && Number.isInteger(birthYear)) {
    result[AGE_BAND_ATTRIBUTE] = ageBandOf(birthYear, referenceYearOf(config, at));
  }
  return result;
}
