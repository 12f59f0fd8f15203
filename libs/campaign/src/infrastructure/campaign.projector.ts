import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CampaignEvent } from '@app/domain';
import { type InTransactionProjector, ProjectionRegistry, type StoredEvent } from '@app/database';
import type { EntityManager } from 'typeorm';
import { CampaignOrmEntity } from './campaign.orm-entity';

@Injectable()
export class CampaignProjector implements InTransactionProjector, OnModuleInit {
  readonly name = 'campaigns';

  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(m: EntityManager, stored: StoredEvent): Promise<void> {
    const event = { type: stored.type, payload: stored.payload } as CampaignEvent;
    const repo = m.getRepository(CampaignOrmEntity);
    const touched = { version: stored.version, updatedAt: stored.occurredAt };
    switch (event.type) {
      case 'CampaignCreated': {
        const { campaignId, config, organisationId, origin } = event.payload;
        await repo.insert({
          id: campaignId,
          title: config.title,
          organisingBody: config.organisingBody,
          stage: 'draft',
          config,
          organisationId: organisationId ?? null,
          origin: origin ?? null,
          deadlineExtensions: [],
          createdBy: stored.actorId,
          createdAt: stored.occurredAt,
          ...touched,
        });
        return;
      }
      case 'CampaignReconfigured': {
        const { config } = event.payload;
        await repo.update(stored.campaignId, { title: config.title, organisingBody: config.organisingBody, config, ...touched });
        return;
      }
      case 'CampaignStageAdvanced':
        await repo.update(stored.campaignId, { stage: event.payload.to, ...touched });
        return;
      case 'DraftCampaignDiscarded':
        // The row stays (its audit trail and events are still read through it); the lists leave it out.
        await repo.update(stored.campaignId, { discardedAt: stored.occurredAt, ...touched });
        return;
      case 'DeadlineExtended': {
        const { deadline, from, to, reason } = event.payload;
        const row = await repo.findOneByOrFail({ id: stored.campaignId });
        await repo.update(stored.campaignId, {
          config: { ...row.config, timeline: { ...row.config.timeline, [deadline]: to } },
          deadlineExtensions: [
            ...row.deadlineExtensions,
            { deadline, from, to, reason, extendedAt: stored.occurredAt.toISOString(), extendedBy: stored.actorId },
          ],
          ...touched,
        });
        return;
      }
      default:
        // Every event of the stream moves the campaign's version on, so clients can tell fresh from stale.
        await repo.update(stored.campaignId, touched);
    }
  }
}
