import { randomBytes } from 'node:crypto';
import { DATA_KEY_BYTES, type DomainEvent, openPersonalData, personKeysIn, sealedKeyIdsIn, sealPersonalData } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../event-store/stored-event';

/*
 * The one place where personal data enters and leaves the hash-chained history (DOMAIN.md, What is kept):
 * events are sealed before they are hashed and appended, and opened where histories are read for decisions, read
 * models and GET /me/data. The export reads the stored events as they are: ciphertext and key ids, never a key.
 */

/** The events as they will be stored: each person's fields sealed under her data key, made on first use. */
export async function sealForAppend(m: EntityManager, campaignId: string, events: readonly DomainEvent[]): Promise<DomainEvent[]> {
  const needed = [...new Set(events.flatMap((e) => personKeysIn(e, campaignId)))];
  if (needed.length === 0) return [...events];
  await m.query(
    `INSERT INTO personal_data_keys (person_key, campaign_id, key)
     SELECT person_key, $2, key FROM unnest($1::text[], $3::bytea[]) AS k (person_key, key)
     ON CONFLICT (person_key) DO NOTHING`,
    [needed, campaignId, needed.map(() => randomBytes(DATA_KEY_BYTES))],
  );
  const keys = await keysOf(m, `person_key = ANY($1::text[])`, [needed]);
  return events.map((e) => sealPersonalData(e, campaignId, (id) => keys.get(id) ?? null));
}

/**
 * The stored events with their personal fields in clear where the key is held, reading as erased where it was
 * shredded; events without sealed fields (older rows included) are returned as they are. Each event is opened once
 * where it is read from PostgreSQL (the stream cache keeps its opened copy), so nothing is memoised here.
 */
export async function openStoredEvents(m: EntityManager, campaignId: string, events: readonly StoredEvent[]): Promise<StoredEvent[]> {
  const sealed = events.map((e) => sealedKeyIdsIn(e, campaignId));
  if (sealed.every((ids) => ids.length === 0)) return [...events];
  // Only the keys these events name: a command reads the one or two new events of a long stream, not every key.
  const keys = await keysOf(m, `person_key = ANY($1::text[])`, [[...new Set(sealed.flat())]]);
  return events.map((e, i) => {
    if (sealed[i].length === 0) return e;
    const { payload } = openPersonalData(e, campaignId, (id) => keys.get(id) ?? null);
    // An event of the stream cache is shared by later decisions, and so is its opened copy: read-only like it.
    return Object.isFrozen(e) ? deepFreeze({ ...e, payload }) : { ...e, payload };
  });
}

/** Opens event rows read by other queries (type and payload, of any campaigns): GET /me/data. */
export async function openEventRows<R extends { campaign_id: string; type: string; payload: unknown }>(m: EntityManager, rows: readonly R[]): Promise<R[]> {
  const campaigns = [...new Set(rows.filter((r) => sealedKeyIdsIn(r, r.campaign_id).length > 0).map((r) => r.campaign_id))];
  if (campaigns.length === 0) return [...rows];
  const keys = await keysOf(m, `campaign_id = ANY($1::uuid[])`, [campaigns]);
  return rows.map((r) => ({ ...r, payload: openPersonalData(r, r.campaign_id, (id) => keys.get(id) ?? null).payload }));
}

/**
 * Crypto-shreds every data key of a campaign: the key material is deleted, the row keeps when and why. What the
 * history holds of these people can no longer be read by anyone. Returns how many keys were shredded.
 */
export async function shredCampaignKeys(m: EntityManager, campaignId: string, reason: string, at: Date): Promise<number> {
  const shredded = await m.query(
    `UPDATE personal_data_keys SET key = NULL, shredded_at = $3, shred_reason = $2 WHERE campaign_id = $1 AND key IS NOT NULL RETURNING person_key`,
    [campaignId, reason, at],
  );
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  return Array.isArray(shredded[0]) ? shredded[0].length : shredded.length;
}

async function keysOf(m: EntityManager, where: string, params: unknown[]): Promise<Map<string, Buffer>> {
  const rows: { person_key: string; key: Buffer }[] = await m.query(
    `SELECT person_key, key FROM personal_data_keys WHERE key IS NOT NULL AND ${where}`,
    params,
  );
  return new Map(rows.map((r) => [r.person_key, r.key]));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
