import type { CampaignState } from '../campaign/campaign';
import type { CampaignConfig } from '../campaign/campaign-config';
import type { Candidacies } from '../candidacy/candidacy';
import { bodyMembers, bodyQuotasOf } from '../quotas/body-quotas';
import { candidateAttributes, quotasFor } from '../quotas/campaign-quotas';
import { type CandidateAttributes, type Quota, type QuotaMember, matchesQuota, minimumCount, validateQuota } from '../quotas/quota-check';
import { conflict } from '../shared/domain-error';
import type { CongressElectionState } from './congress-election-state';
import type { QuotaFurtherRoundOpened } from './congress-events';
import { assertElectionStage } from './congress-guards';
import { electedToPosition } from './congress-progress';

/*
 * When the elected break a minimum quota (DOMAIN.md stage 9, issue 16), the rules' way forward is a further round
 * restricted to qualifying candidates, not a campaign that can never certify. The plan: within the quota's scope (a
 * body's positions, or every position for a quota on the whole elected set), take the last position in the
 * configured order that has elected people not counting for the quota; the fewest-approved of them (then the
 * lower-ranked) give up their seats, as many as the shortfall but no more than can be filled; those who may stand
 * are the finalists counting for the quota who are not elected anywhere, best rank first. Each such round raises
 * the count by the seats it fills with qualifying people and leaves the body's size as it was, so repeating it
 * meets the quota whenever enough qualifying finalists exist.
 */

export interface QuotaFurtherRoundInput {
  /** Everyone elected, per position, in configured order. */
  readonly elected: readonly { positionKey: string; candidacyIds: readonly string[] }[];
  /** Approvals with which each elected person was elected. */
  readonly approvals: ReadonlyMap<string, number>;
  /** The finalists, best rank first. */
  readonly finalists: readonly string[];
}

export interface QuotaFurtherRoundPlan {
  readonly positionKey: string;
  readonly vacatedCandidacyIds: readonly string[];
  readonly eligibleCandidacyIds: readonly string[];
  readonly quota: QuotaFurtherRoundOpened['payload']['quota'];
}

export interface QuotaFurtherRoundAnswer {
  /** Broken minimum quotas, by label (max quotas cannot be mended by adding qualifying people). */
  readonly brokenMinimums: readonly string[];
  /** The round that mends the first broken minimum that can be mended; null when none can (no qualifying finalist left). */
  readonly plan: QuotaFurtherRoundPlan | null;
}

interface QuotaScope {
  readonly body: string | null;
  readonly positionKeys: readonly string[];
  readonly quotas: readonly Quota[];
  readonly members: readonly QuotaMember[];
}

function scopesOf(config: CampaignConfig, input: QuotaFurtherRoundInput, attributes: ReadonlyMap<string, CandidateAttributes>): QuotaScope[] {
  const whole: QuotaScope = {
    body: null,
    positionKeys: config.positions.map((p) => p.key),
    quotas: quotasFor(config.quotas, 'elected'),
    members: input.elected.flatMap((p) => p.candidacyIds).map((candidacyId) => ({ candidacyId, attributes: attributes.get(candidacyId) ?? {} })),
  };
  const bodies = (config.bodies ?? []).map((body) => ({
    body: body.key,
    positionKeys: body.positionKeys,
    quotas: bodyQuotasOf(config, body),
    members: bodyMembers(body, input.elected, attributes),
  }));
  return [whole, ...bodies];
}

/** Which seats a quota further round re-fills and who may stand for them (pure; see the comment at the top). */
export function planQuotaFurtherRound(
  config: CampaignConfig,
  input: QuotaFurtherRoundInput,
  attributes: ReadonlyMap<string, CandidateAttributes>,
): QuotaFurtherRoundAnswer {
  const brokenMinimums: string[] = [];
  let plan: QuotaFurtherRoundPlan | null = null;
  const electedAnywhere = new Set(input.elected.flatMap((p) => p.candidacyIds));
  const rank = new Map(input.finalists.map((id, i) => [id, i]));
  for (const scope of scopesOf(config, input, attributes)) {
    for (const quota of scope.quotas.map(validateQuota)) {
      const total = scope.members.length;
      const matching = scope.members.filter((m) => matchesQuota(quota, m.attributes)).length;
      const shortfall = minimumCount(quota, total) - matching;
      if (shortfall <= 0) continue;
      brokenMinimums.push(quota.label);
      if (plan) continue;
      const eligible = input.finalists.filter((id) => !electedAnywhere.has(id) && matchesQuota(quota, attributes.get(id) ?? {}));
      if (eligible.length === 0) continue;
      const position = [...config.positions]
        .reverse()
        .filter((p) => scope.positionKeys.includes(p.key))
        .map((p) => ({
          positionKey: p.key,
          vacatable: (input.elected.find((e) => e.positionKey === p.key)?.candidacyIds ?? []).filter((id) => !matchesQuota(quota, attributes.get(id) ?? {})),
        }))
        .find((p) => p.vacatable.length > 0);
      if (!position) continue;
      const vacated = [...position.vacatable]
        .sort(
          (a, b) =>
            (input.approvals.get(a) ?? 0) - (input.approvals.get(b) ?? 0) ||
            (rank.get(b) ?? Number.MAX_SAFE_INTEGER) - (rank.get(a) ?? Number.MAX_SAFE_INTEGER) ||
            (a < b ? 1 : a > b ? -1 : 0),
        )
        .slice(0, Math.min(shortfall, eligible.length));
      plan = {
        positionKey: position.positionKey,
        vacatedCandidacyIds: vacated,
        eligibleCandidacyIds: eligible,
        quota: {
          label: quota.label,
          attribute: quota.attribute,
          equals: quota.equals,
          body: scope.body,
          limitCount: matching + shortfall,
          actualCount: matching,
        },
      };
    }
  }
  return { brokenMinimums, plan };
}

/** The plan for the election as it stands (folded from the campaign's history). */
export function quotaFurtherRoundOf(config: CampaignConfig, state: CongressElectionState, candidacies: Candidacies): QuotaFurtherRoundAnswer {
  const approvals = new Map<string, number>();
  for (const round of state.rounds) for (const e of round.outcome?.elected ?? []) approvals.set(e.candidacyId, e.approvals);
  return planQuotaFurtherRound(
    config,
    {
      elected: config.positions.map((p) => ({ positionKey: p.key, candidacyIds: electedToPosition(state, p.key) })),
      approvals,
      finalists: (state.finalists ?? []).map((f) => f.candidacyId),
    },
    candidateAttributes(candidacies),
  );
}

/**
 * The organiser opens a quota further round: after the election is complete and before publishing, when a minimum
 * quota is broken and a qualifying finalist is left. The planned seats are vacated; the congress then votes a
 * 'further' round of that position restricted to the eligible (opened like any round).
 */
export function openQuotaFurtherRound(campaign: CampaignState, candidacies: Candidacies, state: CongressElectionState): QuotaFurtherRoundOpened[] {
  assertElectionStage(campaign, 'open a quota further round');
  if (!state.completed) throw conflict('election.quota-round-not-complete', 'A quota further round follows a complete election: fill every seat first.');
  const { brokenMinimums, plan } = quotaFurtherRoundOf(campaign.config, state, candidacies);
  if (brokenMinimums.length === 0) throw conflict('election.quota-met', 'The elected meet every minimum quota: there is nothing to mend.');
  if (!plan) {
    throw conflict(
      'election.quota-no-eligible',
      `No qualifying finalist is left to stand for ${brokenMinimums.join(', ')}: publish the results with the violation recorded and a written reason.`,
      undefined,
      { quota: brokenMinimums.join(', ') },
    );
  }
  return [
    {
      type: 'QuotaFurtherRoundOpened',
      payload: {
        campaignId: campaign.id,
        positionKey: plan.positionKey,
        vacatedCandidacyIds: [...plan.vacatedCandidacyIds],
        eligibleCandidacyIds: [...plan.eligibleCandidacyIds],
        quota: { ...plan.quota },
      },
    },
  ];
}
