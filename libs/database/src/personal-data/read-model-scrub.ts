import { ERASED } from '@app/domain';
import type { EntityManager } from 'typeorm';

/** Commands whose request carried people's personal data (the events they made are sealed; the request was not). */
const COMMANDS_WITH_PERSONAL_DATA = ['SubmitCandidacy', 'EditCandidacy', 'RegisterJuror', 'ImportJurors', 'RegisterCongressDelegates', 'LodgeObjection'];

/**
 * After a campaign's keys are shredded, the rows projected from its events and the requests that made them must not
 * keep what the history no longer can: every personal field reads as ERASED, the same as a replay of the sealed
 * history would project. Ids, statuses, scores and outcomes stay. Kept here, beside the vault, so that one list says
 * which tables held a campaign's personal data; a context that adds such a column adds it here.
 */
export async function scrubCampaignReadModels(m: EntityManager, campaignId: string, erasedAt: Date): Promise<void> {
  const erasedJson = (fields: string[]) => `jsonb_build_object(${fields.map((f) => `'${f}', $2::text`).join(', ')})`;
  await m.query(
    `UPDATE candidacies SET name = $2,
       details = details || ${erasedJson(['name', 'contact', 'birthYear', 'education', 'employer', 'sector', 'statement'])},
       proposal = proposal || ${erasedJson(['title', 'problem', 'beneficiaries', 'actions', 'milestones', 'expectedOutcomes'])},
       nomination = CASE WHEN nomination ? 'nominators' THEN nomination || ${erasedJson(['nominators'])} ELSE nomination END
     WHERE campaign_id = $1`,
    [campaignId, ERASED],
  );
  await m.query(`UPDATE jury_jurors SET name = $2, reference = NULL WHERE campaign_id = $1`, [campaignId, ERASED]);
  await m.query(`UPDATE election_delegates SET name = $2 WHERE campaign_id = $1`, [campaignId, ERASED]);
  await m.query(
    `UPDATE commands SET payload = jsonb_build_object('erased', true), result = CASE WHEN result IS NULL THEN NULL ELSE jsonb_build_object('erased', true) END
     WHERE campaign_id = $1 AND type = ANY($2::text[])`,
    [campaignId, COMMANDS_WITH_PERSONAL_DATA],
  );
  // A candidate's own commands carry her name as the actor's; a refusal's params may name a candidate.
  await m.query(`UPDATE commands SET actor = actor - 'name', error = CASE WHEN error IS NULL THEN NULL ELSE error - 'params' END WHERE campaign_id = $1`, [
    campaignId,
  ]);
  // The printed notice names the elected: rendered again from the scrubbed history if anyone asks.
  await m.query(`DELETE FROM notice_pdfs WHERE campaign_id = $1`, [campaignId]);
  // Proposal files are personal data as a whole. Deliveries keep their rows (each one's uniqueness is what stops a
  // redelivered event from sending twice) but lose what was said to whom.
  await m.query(`DELETE FROM proposal_attachments WHERE campaign_id = $1`, [campaignId]);
  await m.query(`UPDATE notification_deliveries SET params = '{}'::jsonb, last_error = NULL WHERE campaign_id = $1`, [campaignId]);
  await completeDueErasureRequests(m, erasedAt);
}

/**
 * A person's erasure request is done once its date has come and none of her candidacies' keys is held any longer
 * (each campaign is erased whole when its retention period is over, which is when her date comes).
 */
export async function completeDueErasureRequests(m: EntityManager, at: Date): Promise<void> {
  await m.query(
    `UPDATE erasure_requests r SET erased_at = $1
     WHERE r.erased_at IS NULL AND r.erasable_from <= $1
       AND NOT EXISTS (SELECT 1 FROM candidacies c JOIN personal_data_keys k ON k.person_key = c.campaign_id || '/candidacy/' || c.id
                       WHERE c.candidate_id = r.person_id AND k.key IS NOT NULL)`,
    [at],
  );
}
