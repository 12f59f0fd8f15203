import { Injectable } from '@nestjs/common';
import { type CampaignRetention, erasableFrom, type ErasureDate } from '@app/domain';
import { DataSource } from 'typeorm';
import type { SqlRow } from '@app/database';

export interface ErasureRequest {
  readonly requestedAt: string;
  readonly erasableFrom: string | null;
  /** Why no date can be given yet. */
  readonly pending?: 'campaign-not-certified';
  /** When her data was crypto-shredded (every campaign of hers erased); absent until then. */
  readonly erasedAt?: string;
}

/**
 * A person's request to erase her data, kept until it can be done. The shredding itself (deleting her key, so that
 * what the hash chain holds of her can no longer be read) reads this table; one request per person, the first
 * `requestedAt` kept, the date recomputed whenever she asks again.
 */
@Injectable()
export class ErasureRequestsRepository {
  constructor(private readonly db: DataSource) {}

  async request(personId: string, now: Date): Promise<ErasureRequest> {
    const [existing] = await this.db.query(`SELECT requested_at FROM erasure_requests WHERE person_id = $1`, [personId]);
    const requestedAt = existing ? new Date(existing.requested_at) : now;
    const when = erasableFrom(await this.retentions(personId), requestedAt);
    await this.db.query(
      `INSERT INTO erasure_requests (person_id, requested_at, erasable_from) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET erasable_from = EXCLUDED.erasable_from`,
      [personId, requestedAt, when.at],
    );
    return toRequest(requestedAt, when);
  }

  async of(personId: string): Promise<ErasureRequest | null> {
    const [row] = await this.db.query(`SELECT requested_at, erased_at FROM erasure_requests WHERE person_id = $1`, [personId]);
    if (!row) return null;
    const requestedAt = new Date(row.requested_at);
    const request = toRequest(requestedAt, erasableFrom(await this.retentions(personId), requestedAt));
    return row.erased_at ? { ...request, erasedAt: new Date(row.erased_at).toISOString() } : request;
  }

  /** Every campaign she applied to, with when its result was certified and how long it keeps personal data. */
  private async retentions(personId: string): Promise<CampaignRetention[]> {
    const rows: SqlRow[] = await this.db.query(
      `SELECT c.config->'retentionDays' AS retention_days,
              (SELECT e.payload->>'certifiedAt' FROM events e WHERE e.campaign_id = c.id AND e.type = 'ResultsCertified' ORDER BY e.seq DESC LIMIT 1) AS certified_at
       FROM campaigns c WHERE c.id IN (SELECT campaign_id FROM candidacies WHERE candidate_id = $1)`,
      [personId],
    );
    return rows.map((r) => ({ certifiedAt: r.certified_at ?? null, ...(typeof r.retention_days === 'number' ? { retentionDays: r.retention_days } : {}) }));
  }
}

const toRequest = (requestedAt: Date, when: ErasureDate): ErasureRequest => ({
  requestedAt: requestedAt.toISOString(),
  erasableFrom: when.at,
  ...('pending' in when ? { pending: when.pending } : {}),
});
