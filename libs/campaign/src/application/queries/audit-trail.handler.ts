import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type AuditActorView,
  type AuditEntryView,
  type AuditPersonView,
  GetAuditPeopleQuery,
  GetAuditTrailQuery,
  GetRefusedAttemptsQuery,
  type RefusedAttemptView,
} from './audit-trail.query';

/*
 * The audit log (audit_log, an async projection of the events) names only the actor's id and the event type; the
 * event row names the command that caused it, and the command row the actor as she was signed in (name, roles).
 * Payloads (the event's or the command's) and command results are never read here: they can carry juror and
 * delegate codes. The only things taken from an event's payload are the stage a CampaignStageAdvanced entered and
 * the count and reason of an ObjectionsDismissed (a decision the organiser must be able to account for).
 */

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function actorOf(id: string, actor: { name?: unknown; roles?: unknown } | null): AuditActorView {
  return {
    id,
    name: typeof actor?.name === 'string' && actor.name !== '' ? actor.name : null,
    roles: Array.isArray(actor?.roles) ? actor.roles.filter((r): r is string => typeof r === 'string') : [],
  };
}

async function assertCampaignExists(dataSource: DataSource, campaignId: string): Promise<void> {
  const rows = await dataSource.query(`SELECT 1 FROM campaigns WHERE id = $1`, [campaignId]);
  if (rows.length === 0) {
    throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'campaign.not-found', message: `Campaign ${campaignId} does not exist.` });
  }
}

@QueryHandler(GetAuditTrailQuery)
export class GetAuditTrailHandler implements IQueryHandler<GetAuditTrailQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, filter }: GetAuditTrailQuery): Promise<AuditEntryView[]> {
    await assertCampaignExists(this.dataSource, campaignId);
    const rows: {
      seq: string;
      type: string;
      occurred_at: Date;
      actor_id: string;
      actor: { name?: unknown; roles?: unknown } | null;
      command_id: string | null;
      command_type: string | null;
      stage: string | null;
      dismissal_reason: string | null;
      dismissed: number | null;
    }[] = await this.dataSource.query(
      `SELECT a.event_seq::text AS seq, a.type, a.occurred_at, a.actor_id, c.actor, e.command_id, c.type AS command_type,
              CASE WHEN a.type = 'CampaignStageAdvanced' THEN e.payload->>'to' END AS stage,
              CASE WHEN a.type = 'ObjectionsDismissed' THEN e.payload->>'reason' END AS dismissal_reason,
              CASE WHEN a.type = 'ObjectionsDismissed' THEN jsonb_array_length(e.payload->'objectionIds') END AS dismissed
       FROM audit_log a
       LEFT JOIN events e ON e.seq = a.event_seq
       LEFT JOIN commands c ON c.id = e.command_id
       WHERE a.campaign_id = $1
         AND ($2::text IS NULL OR a.actor_id = $2)
         AND ($3::text IS NULL OR a.type = $3)
         AND ($4::bigint IS NULL OR a.event_seq > $4::bigint)
       ORDER BY a.event_seq
       LIMIT $5`,
      [campaignId, filter.actorId ?? null, filter.type ?? null, filter.after ?? null, filter.limit],
    );
    return rows.map((r) => ({
      seq: r.seq,
      type: r.type,
      occurredAt: iso(r.occurred_at)!,
      actorId: r.actor_id,
      actor: actorOf(r.actor_id, r.actor),
      commandId: r.command_id,
      commandType: r.command_type,
      ...(r.stage ? { stage: r.stage } : {}),
      ...(r.dismissal_reason !== null ? { dismissal: { objections: Number(r.dismissed), reason: r.dismissal_reason } } : {}),
    }));
  }
}

@QueryHandler(GetRefusedAttemptsQuery)
export class GetRefusedAttemptsHandler implements IQueryHandler<GetRefusedAttemptsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, filter }: GetRefusedAttemptsQuery): Promise<RefusedAttemptView[]> {
    await assertCampaignExists(this.dataSource, campaignId);
    const rows: {
      id: string;
      type: string;
      status: 'rejected' | 'failed';
      actor_id: string;
      actor: { name?: unknown; roles?: unknown } | null;
      created_at: Date;
      completed_at: Date | null;
      code: string | null;
      message: string | null;
      kind: string | null;
      field: string | null;
      params: Record<string, string | number> | null;
    }[] = await this.dataSource.query(
      `SELECT c.id, c.type, c.status, c.actor_id, c.actor, c.created_at, c.completed_at,
              c.error->>'code' AS code, c.error->>'message' AS message, c.error->>'kind' AS kind, c.error->>'field' AS field, c.error->'params' AS params
       FROM commands c
       WHERE c.campaign_id = $1 AND c.status IN ('rejected', 'failed')
         AND ($2::text IS NULL OR c.actor_id = $2)
         AND ($3::text IS NULL OR c.type = $3)
       ORDER BY c.created_at, c.id
       OFFSET $4 LIMIT $5`,
      [campaignId, filter.actorId ?? null, filter.type ?? null, filter.offset, filter.limit],
    );
    return rows.map((r) => ({
      commandId: r.id,
      commandType: r.type,
      status: r.status,
      actor: actorOf(r.actor_id, r.actor),
      attemptedAt: iso(r.created_at)!,
      refusedAt: iso(r.completed_at),
      reason: { code: r.code ?? 'unknown', message: r.message ?? '', kind: r.kind, field: r.field, ...(r.params ? { params: r.params } : {}) },
    }));
  }
}

@QueryHandler(GetAuditPeopleQuery)
export class GetAuditPeopleHandler implements IQueryHandler<GetAuditPeopleQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId }: GetAuditPeopleQuery): Promise<AuditPersonView[]> {
    await assertCampaignExists(this.dataSource, campaignId);
    const rows: { id: string; actor: { name?: unknown; roles?: unknown } | null; actions: number; refused: number }[] = await this.dataSource.query(
      `WITH acted AS (SELECT actor_id AS id, count(*)::int AS actions FROM audit_log WHERE campaign_id = $1 GROUP BY actor_id),
            refused AS (SELECT actor_id AS id, count(*)::int AS refused FROM commands
                        WHERE campaign_id = $1 AND status IN ('rejected', 'failed') GROUP BY actor_id),
            latest AS (SELECT DISTINCT ON (actor_id) actor_id AS id, actor FROM commands WHERE campaign_id = $1
                       ORDER BY actor_id, created_at DESC)
       SELECT ids.id, l.actor, COALESCE(a.actions, 0) AS actions, COALESCE(r.refused, 0) AS refused
       FROM (SELECT id FROM acted UNION SELECT id FROM refused) ids
       LEFT JOIN acted a USING (id) LEFT JOIN refused r USING (id) LEFT JOIN latest l USING (id)
       ORDER BY l.actor->>'name' NULLS LAST, ids.id`,
      [campaignId],
    );
    return rows.map((r) => ({ ...actorOf(r.id, r.actor), actions: r.actions, refused: r.refused }));
  }
}
