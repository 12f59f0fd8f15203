import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * The organisers' view of a campaign's notifications: what went to whom, on which channel, and what failed
 * (dead letters first to look at). Never an address or the message text: who is named by id and name only.
 */
@Injectable()
export class DeliveryLog {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(campaignId: string, status?: DeliveryStatus, limit = 200) {
    const rows: {
      id: string;
      source_id: string;
      recipient_id: string;
      channel: string;
      kind: string;
      status: DeliveryStatus;
      attempts: number;
      last_error: string | null;
      created_at: Date | string;
      sent_at: Date | string | null;
      recipient_name: string | null;
    }[] = await this.db.query(
      `SELECT d.id, d.source_id, d.recipient_id, d.channel, d.kind, d.status, d.attempts, d.last_error, d.created_at, d.sent_at,
              coalesce(p.name, c.name, e.name) AS recipient_name
       FROM notification_deliveries d
       LEFT JOIN people p ON p.id::text = d.recipient_id
       LEFT JOIN candidacies c ON 'candidacy:' || c.id::text = d.recipient_id
       LEFT JOIN evaluation_experts e ON e.campaign_id = d.campaign_id AND e.expert_id = d.recipient_id
       WHERE d.campaign_id = $1 AND ($2::text IS NULL OR d.status = $2)
       ORDER BY d.created_at DESC, d.id LIMIT $3`,
      [campaignId, status ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      source: r.source_id,
      recipientId: r.recipient_id,
      recipientName: r.recipient_name,
      channel: r.channel,
      kind: r.kind,
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      createdAt: new Date(r.created_at).toISOString(),
      sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    }));
  }
}
