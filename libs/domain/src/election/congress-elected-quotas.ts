import type { CampaignConfig } from '../campaign/campaign-config';
import { quotasFor } from '../quotas/campaign-quotas';
import { checkElectedSetQuotas } from '../quotas/body-quotas';
import { type CandidateAttributes, type Quota, type QuotaViolation, checkQuotas } from '../quotas/quota-check';

export interface ElectedQuotaReport {
  readonly quotas: readonly Quota[];
  /** Everyone elected, every position together. */
  readonly members: readonly { candidacyId: string; positionKey: string; attributes: CandidateAttributes }[];
  /** On the whole elected set, and each body's quotas on the body as it will sit (`checkElectedSetQuotas`). */
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
  const quotas = quotasFor(config.quotas, 'elected');
  const members = elected.flatMap((p) => p.candidacyIds.map((id) => ({ candidacyId: id, positionKey: p.positionKey, attributes: attributes.get(id) ?? {} })));
  return {
    quotas,
    members,
    violations: checkElectedSetQuotas(config, elected, attributes),
    byPosition: elected.map((p) => ({
      positionKey: p.positionKey,
      violations: checkQuotas(
        members.filter((m) => m.positionKey === p.positionKey),
        quotas,
      ),
    })),
  };
}
