import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CampaignGrantEvent } from '@app/domain';
import { type InTransactionProjector, ProjectionRegistry, type StoredEvent } from '@app/database';
import type { EntityManager } from 'typeorm';

/** The roles each person holds per campaign now (campaign_grants), read by the api's campaign scope check. */
@Injectable()
export class CampaignGrantsProjector implements InTransactionProjector, OnModuleInit {
  readonly name = 'campaign-grants';

  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(m: EntityManager, stored: StoredEvent): Promise<void> {
    const event = { type: stored.type, payload: stored.payload } as CampaignGrantEvent;
    if (event.type === 'CampaignRoleGranted') {
      const { personId, name, role } = event.payload;
      await m.query(`INSERT INTO campaign_grants (campaign_id, person_id, role, name, granted_at) VALUES ($1, $2, $3, $4, $5)`, [
        stored.campaignId,
        personId,
        role,
        name,
        stored.occurredAt,
      ]);
    } else if (event.type === 'CampaignRoleRevoked') {
      await m.query(`DELETE FROM campaign_grants WHERE campaign_id = $1 AND person_id = $2 AND role = $3`, [
        stored.campaignId,
        event.payload.personId,
        event.payload.role,
      ]);
    }
  }
}
