import type { CampaignState } from '../campaign/campaign';
import { type CampaignStage, stageIndex } from '../campaign/campaign-stage';
import { type Candidacies, withdrawCandidacy } from '../candidacy/candidacy';
import type { CandidacyWithdrawn } from '../candidacy/candidacy-events';
import { candidateAttributes, quotasFor } from '../quotas/campaign-quotas';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error';
import { replaceFailedInspection } from './shortlist';
import type { ShortlistMemberReplaced } from './shortlisting-events';
import type { ShortlistingState } from './shortlisting-state';

export interface WithdrawalInput {
  readonly candidacyId: string;
  readonly actorId: string;
  readonly reason?: string;
  /** The organiser records it for the candidate: her reason is then required. */
  readonly onBehalf?: boolean;
}

/** Whether a qualified candidate may still withdraw in this stage, candidacy having closed (the web UI offers it by this). */
export const withdrawalAfterCandidacyOpenIn = (stage: CampaignStage): boolean =>
  stageIndex(stage) > stageIndex('candidacy-open') && stage !== 'jury' && stageIndex(stage) <= stageIndex('inspection');

/**
 * A candidate may withdraw (or an organiser record her withdrawal, with a reason) until the congress starts
 * (issue 16). While candidacy is open only she withdraws, as before. Afterwards: before the ranking is frozen she
 * simply leaves the ranking (every part counts accepted candidacies only); on the shortlist during inspection she
 * is replaced by the next-ranked eligible candidate, quotas kept, as after a failed inspection
 * (`replaceFailedInspection`). Not while the jury votes — its ballot paper must not change under the jurors — and
 * not once the congress has its finalists.
 */
export function withdrawFromSelection(
  campaign: CampaignState,
  candidacies: Candidacies,
  shortlisting: ShortlistingState,
  input: WithdrawalInput,
): (CandidacyWithdrawn | ShortlistMemberReplaced)[] {
  if (campaign.stage === 'candidacy-open' && !input.onBehalf) return withdrawCandidacy(campaign, candidacies, input);

  const candidacy = candidacies.get(input.candidacyId);
  if (!candidacy) throw notFound('candidacy.not-found', `Candidacy ${input.candidacyId} does not exist in this campaign.`);
  if (!input.onBehalf && candidacy.candidateId !== input.actorId)
    throw forbidden('candidacy.not-owner', 'Only the candidate herself may withdraw her candidacy.');
  if (candidacy.status === 'withdrawn') throw conflict('candidacy.withdrawn', 'This candidacy has been withdrawn.');
  if (candidacy.status === 'rejected') throw conflict('withdrawal.rejected', 'This candidacy was not qualified; there is nothing to withdraw from.');
  const reason = input.reason?.trim() || undefined;
  if (input.onBehalf && !reason) throw invalid('withdrawal.reason-required', 'Record why the candidate withdraws (her own words or letter).', 'reason');
  if (campaign.stage === 'draft' || campaign.stage === 'candidacy-open') {
    throw conflict('withdrawal.candidate-herself', 'While candidacy is open the candidate withdraws herself.', undefined, { stage: campaign.stage });
  }
  if (campaign.stage === 'jury') {
    throw conflict('withdrawal.during-jury', 'Jurors are voting on a fixed ballot paper; withdraw after the jury closes.', undefined, {
      stage: campaign.stage,
    });
  }
  if (stageIndex(campaign.stage) > stageIndex('inspection')) {
    throw conflict('withdrawal.too-late', 'The finalists have gone to the congress; a withdrawal can no longer be recorded.', undefined, {
      stage: campaign.stage,
    });
  }

  const withdrawn: CandidacyWithdrawn = {
    type: 'CandidacyWithdrawn',
    payload: { campaignId: campaign.id, candidacyId: candidacy.id, reason, ...(input.onBehalf ? { onBehalfBy: input.actorId } : {}) },
  };
  const onShortlist = campaign.stage === 'inspection' && shortlisting.ranking && shortlisting.members.some((m) => m.candidacyId === candidacy.id);
  if (!onShortlist) return [withdrawn];

  const withdrawnIds = [...candidacies.values()].filter((c) => c.status === 'withdrawn').map((c) => c.id);
  const replacement = replaceFailedInspection(
    shortlisting.members.map((m) => m.candidacyId),
    shortlisting.ranking!.map((l) => ({ candidacyId: l.candidacyId, rank: l.rank })),
    candidacy.id,
    {
      ineligibleIds: new Set([...shortlisting.failed, ...withdrawnIds, candidacy.id]),
      quotas: quotasFor(campaign.config.quotas, 'shortlist'),
      attributes: candidateAttributes(candidacies),
    },
  );
  const brought = replacement.replacement;
  return [
    withdrawn,
    {
      type: 'ShortlistMemberReplaced',
      payload: {
        campaignId: campaign.id,
        failedId: candidacy.id,
        replacement: brought && { ...brought },
        reason: brought
          ? `${candidacy.id} withdrew; replaced by ${brought.candidacyId} (rank ${brought.rank}), the next eligible candidate`
          : `${candidacy.id} withdrew; no eligible candidate is left to replace her`,
      },
    },
  ];
}
