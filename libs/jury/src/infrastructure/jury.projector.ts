import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CampaignStageAdvanced, JuryEvent } from '@app/domain';
import { type InTransactionProjector, ProjectionRegistry, type StoredEvent } from '@app/database';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the jury's read models in the command's own transaction: the roster, the paper count, the recorded
 * result — and the ballot paper, fixed the moment the campaign enters the jury stage (accepted candidacies by
 * submission time, then id: the same order as ballotPaperOf in libs/domain, so it can be recomputed from events).
 */
@Injectable()
export class JuryProjector implements InTransactionProjector, OnModuleInit {
  readonly name = 'jury';

  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(m: EntityManager, stored: StoredEvent): Promise<void> {
    const event = { type: stored.type, payload: stored.payload } as JuryEvent | CampaignStageAdvanced;
    switch (event.type) {
      case 'CampaignStageAdvanced':
        if (event.payload.to !== 'jury') return;
        await m.query(
          `INSERT INTO jury_ballot_papers (campaign_id, mode, approval_limit, candidate_ids, fixed_at)
           SELECT c.id, coalesce(c.config->>'juryMode', 'score'), (c.config->>'approvalLimit')::int,
                  ARRAY(SELECT d.id FROM candidacies d WHERE d.campaign_id = c.id AND d.status = 'accepted' ORDER BY d.submitted_at, d.id),
                  $2
           FROM campaigns c WHERE c.id = $1
           ON CONFLICT (campaign_id) DO NOTHING`,
          [stored.campaignId, stored.occurredAt],
        );
        return;
      case 'JurorsRegistered': {
        const jurors = event.payload.jurors;
        await m.query(
          `INSERT INTO jury_jurors (juror_id, campaign_id, name, reference, user_id, code_hash, line, registered_at)
           SELECT t.juror_id, $1, t.name, t.reference, t.user_id, t.code_hash, t.line, $2
           FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[]) AS t(juror_id, name, reference, user_id, code_hash, line)`,
          [
            stored.campaignId,
            stored.occurredAt,
            jurors.map((j) => j.jurorId),
            jurors.map((j) => j.name),
            jurors.map((j) => j.reference ?? null),
            jurors.map((j) => j.userId ?? null),
            jurors.map((j) => j.codeHash),
            jurors.map((j) => j.line ?? null),
          ],
        );
        return;
      }
      case 'JurorCredentialRevoked':
        await m.query(`UPDATE jury_jurors SET revoked_at = $2, revoke_reason = $3 WHERE juror_id = $1`, [
          event.payload.jurorId,
          stored.occurredAt,
          event.payload.reason,
        ]);
        return;
      case 'JurorCredentialReissued':
        await m.query(`UPDATE jury_jurors SET code_hash = $2 WHERE juror_id = $1`, [event.payload.jurorId, event.payload.codeHash]);
        return;
      case 'JuryPaperCountRecorded':
        await m.query(
          `INSERT INTO jury_paper_counts (campaign_id, count, recorded_by, recorded_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (campaign_id) DO UPDATE SET count = excluded.count, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
          [stored.campaignId, JSON.stringify(event.payload.count), stored.actorId, stored.occurredAt],
        );
        return;
      case 'JuryResultRecorded': {
        const { campaignId: _campaignId, ...result } = event.payload;
        await m.query(`INSERT INTO jury_results (campaign_id, result, event_seq, recorded_at) VALUES ($1, $2, $3, $4) ON CONFLICT (campaign_id) DO NOTHING`, [
          stored.campaignId,
          JSON.stringify(result),
          stored.seq,
          stored.occurredAt,
        ]);
        return;
      }
    }
  }
}
