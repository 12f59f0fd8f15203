import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EventJobData } from '@app/queue';
import { type AsyncProjection, AsyncProjectionRegistry } from './async-projection';

/** Who did what, per campaign: the organiser's audit trail. */
@Injectable()
export class AuditLogProjection implements AsyncProjection, OnModuleInit {
  readonly name = 'audit-log';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: AsyncProjectionRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(event: EventJobData): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_log (event_seq, campaign_id, actor_id, type, occurred_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_seq) DO NOTHING`,
      [event.seq, event.campaignId, event.actorId, event.type, event.occurredAt],
    );
  }
}
