import type { CampaignConfig, GoverningBody, QuotaRule } from '../campaign/campaign-config';
import { invalid } from '../shared/domain-error';
import { quotasFor } from './campaign-quotas';
import { BUILT_IN_QUOTA_ATTRIBUTES } from './candidate-attribute-definitions';
import { type CandidateAttributes, type Quota, type QuotaMember, type QuotaViolation, checkQuotas } from './quota-check';

/**
 * Quotas on governing bodies (issue 16): "grassroots front-line at least 30% of the standing committee" counts the
 * body as it will sit — the people elected to its positions plus its sitting members (who are not up for
 * election, and are known only as attribute records). A quota without a body is checked on the whole elected set,
 * exactly as before bodies existed.
 */

export function validateBodies(config: CampaignConfig): void {
  const keys = new Set<string>();
  const positions = new Set(config.positions.map((p) => p.key));
  (config.bodies ?? []).forEach((body, i) => {
    const field = `bodies.${i}`;
    if (!body || typeof body.key !== 'string' || !body.key.trim())
      throw invalid('bodies.key-required', `Body ${i + 1} needs a key.`, `${field}.key`, { row: i + 1 });
    if (keys.has(body.key)) throw invalid('bodies.duplicate-key', `Body key "${body.key}" is used twice.`, `${field}.key`, { row: i + 1 });
    keys.add(body.key);
    if (typeof body.title !== 'string' || !body.title.trim())
      throw invalid('bodies.title-required', `Body ${i + 1} needs a title.`, `${field}.title`, { row: i + 1 });
    if (!Array.isArray(body.positionKeys) || body.positionKeys.length === 0) {
      throw invalid('bodies.positions-required', `Body "${body.title}" needs at least one position.`, `${field}.positionKeys`, { body: body.title });
    }
    body.positionKeys.forEach((key, j) => {
      if (!positions.has(key)) {
        throw invalid('bodies.position-unknown', `Body "${body.title}" names a position "${key}" the campaign does not have.`, `${field}.positionKeys.${j}`, {
          body: body.title,
        });
      }
    });
    (body.sittingMembers ?? []).forEach((group, j) => {
      const plain = (v: unknown) => typeof v === 'string' || typeof v === 'boolean';
      if (
        !Number.isInteger(group?.count) ||
        group.count < 1 ||
        typeof group.attributes !== 'object' ||
        group.attributes === null ||
        !Object.values(group.attributes).every(plain)
      ) {
        throw invalid(
          'bodies.sitting-members-invalid',
          `Body "${body.title}": sitting members are a whole count of at least 1 with their attributes (yes/no or a value).`,
          `${field}.sittingMembers.${j}`,
          {
            body: body.title,
          },
        );
      }
    });
  });
}

/**
 * A quota counts a built-in attribute or one the campaign defines (only when it defines some, so configurations
 * recorded before extra attributes existed read the same); a quota naming a body applies to the elected and names
 * an existing body.
 */
export function validateQuotaBody(config: CampaignConfig, quota: QuotaRule, index: number): void {
  const defined = config.candidateAttributes ?? [];
  if (defined.length && !(BUILT_IN_QUOTA_ATTRIBUTES as readonly string[]).includes(quota.attribute) && !defined.some((d) => d.key === quota.attribute)) {
    throw invalid(
      'quota.attribute-unknown',
      `Quota ${index + 1} counts "${quota.attribute}", which candidates are not asked for.`,
      `quotas.${index}.attribute`,
      {
        row: index + 1,
      },
    );
  }
  if (quota.body === undefined) return;
  const field = `quotas.${index}.body`;
  if (quota.appliesTo !== 'elected')
    throw invalid('quota.body-needs-elected', `Quota ${index + 1}: a body's quota applies to the elected.`, field, { row: index + 1 });
  if (!(config.bodies ?? []).some((b) => b.key === quota.body)) {
    throw invalid('quota.body-unknown', `Quota ${index + 1} names a body "${quota.body}" the campaign does not have.`, field, { row: index + 1 });
  }
}

/** The body's quotas as `checkQuotas` takes them, labelled with the body's title so a violation says which body. */
export const bodyQuotasOf = (config: CampaignConfig, body: GoverningBody): Quota[] =>
  config.quotas
    .filter((q) => q.appliesTo === 'elected' && q.body === body.key)
    .map((q) => ({
      id: `${body.title}: ${q.attribute}=${String(q.equals ?? true)}`,
      attribute: q.attribute,
      equals: q.equals ?? true,
      minSharePercent: q.minSharePercent,
      maxSharePercent: q.maxSharePercent,
    }));

/** Sitting members as anonymous quota members (`sitting:<body>:<n>`). */
export const sittingMembersOf = (body: GoverningBody): QuotaMember[] =>
  (body.sittingMembers ?? []).flatMap((group, g) =>
    Array.from({ length: group.count }, (_, i) => ({
      candidacyId: `sitting:${body.key}:${g + 1}.${i + 1}`,
      attributes: group.attributes as CandidateAttributes,
    })),
  );

/** The body as it will sit: those elected to its positions, then its sitting members. */
export function bodyMembers(
  body: GoverningBody,
  elected: readonly { positionKey: string; candidacyIds: readonly string[] }[],
  attributes: ReadonlyMap<string, CandidateAttributes>,
): QuotaMember[] {
  const electedMembers = elected
    .filter((p) => body.positionKeys.includes(p.positionKey))
    .flatMap((p) => p.candidacyIds.map((id) => ({ candidacyId: id, attributes: attributes.get(id) ?? {} })));
  return [...electedMembers, ...sittingMembersOf(body)];
}

/**
 * Every 'elected' quota of the campaign: those without a body on the whole elected set (as before), then each
 * body's on the body as it will sit. This is what publishing records and certification reads.
 */
export function checkElectedSetQuotas(
  config: CampaignConfig,
  elected: readonly { positionKey: string; candidacyIds: readonly string[] }[],
  attributes: ReadonlyMap<string, CandidateAttributes>,
): QuotaViolation[] {
  const whole = elected.flatMap((p) => p.candidacyIds).map((candidacyId) => ({ candidacyId, attributes: attributes.get(candidacyId) ?? {} }));
  const violations = checkQuotas(
    whole,
    quotasFor(
      config.quotas.filter((q) => q.body === undefined),
      'elected',
    ),
  );
  for (const body of config.bodies ?? []) {
    const quotas = bodyQuotasOf(config, body);
    if (quotas.length) violations.push(...checkQuotas(bodyMembers(body, elected, attributes), quotas));
  }
  return violations;
}
