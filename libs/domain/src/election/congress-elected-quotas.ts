import type { CampaignConfig } from '../campaign/campaign-config';
import type { Candidacies } from '../candidacy/candidacy';
import { type CandidateAttributes, type Quota, type QuotaViolation, checkQuotas } from '../ranking/quota-check';

/** The attributes an 'elected' quota may refer to, from the candidacy details. */
export function congressCandidateAttributes(candidacies: Candidacies): Map<string, CandidateAttributes> {
  return new Map(
    [...candidacies.values()].map((c) => [
      c.id,
      { grassrootsFrontline: c.details.grassrootsFrontline, employment: c.details.employment, gender: c.details.gender },
    ]),
  );
}

/** The campaign quotas that apply to the elected set. */
export const electedSetQuotas = (config: CampaignConfig): Quota[] =>
  config.quotas
    .filter((q) => q.appliesTo === 'elected')
    .map((q) => ({ attribute: q.attribute, equals: q.equals ?? true, minSharePercent: q.minSharePercent, maxSharePercent: q.maxSharePercent }));

export interface ElectedQuotaReport {
  readonly quotas: readonly Quota[];
  /** Everyone elected, every position together. */
  readonly members: readonly { candidacyId: string; positionKey: string; attributes: CandidateAttributes }[];
  /** On the whole elected set. */
  readonly violations: readonly QuotaViolation[];
  /** On each position's elected set. */
  readonly byPosition: readonly { positionKey: string; violations: readonly QuotaViolation[] }[];
}

/** Checks the campaign's 'elected' quotas with `checkQuotas`, on the whole elected set and per position. */
export function checkElectedQuotas(
  config: CampaignConfig,
  elected: readonly { positionKey: string; candidacyIds: readonly string[] }[],
  attributes: ReadonlyMap<string, CandidateAttributes>,
): ElectedQuotaReport {
  const quotas = electedSetQuotas(config);
  const members = elected.flatMap((p) => p.candidacyIds.map((id) => ({ candidacyId: id, positionKey: p.positionKey, attributes: attributes.get(id) ?? {} })));
  return {
    quotas,
    members,
    violations: checkQuotas(members, quotas),
    byPosition: elected.map((p) => ({ positionKey: p.positionKey, violations: checkQuotas(members.filter((m) => m.positionKey === p.positionKey), quotas) })),
  };
}
