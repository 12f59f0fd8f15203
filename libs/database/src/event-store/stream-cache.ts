import type { EntityManager } from 'typeorm';
import type { StoredEvent } from './stored-event';
import type { SqlRow } from '../sql-row';

const COLUMNS = 'seq, id, campaign_id, version, type, payload, actor_id, command_id, occurred_at, prev_hash, hash';

/** Makes a cached event read-only: decisions share it, so one that mutated it would corrupt the next. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * The campaign streams a worker has replayed, kept so that the next command reads only the events after them
 * instead of the whole stream (a campaign with a thousand candidacies replays a thousand payloads per command).
 * Only committed events go in: `load` is called under the campaign's lock, before the decision appends anything.
 * Each load re-reads the last cached event and checks its hash, so a stream that changed underneath (a database
 * restored from a backup) is read again in full. Least recently used streams are dropped beyond `maxStreams`.
 */
export class StreamCache {
  private readonly streams = new Map<string, StoredEvent[]>();

  constructor(
    private readonly toStoredEvent: (row: SqlRow) => StoredEvent,
    private readonly maxStreams = 50,
  ) {}

  async load(m: EntityManager, campaignId: string): Promise<readonly StoredEvent[]> {
    const cached = this.streams.get(campaignId);
    const last = cached?.[cached.length - 1];
    const rows: SqlRow[] = await m.query(
      `SELECT ${COLUMNS} FROM events WHERE campaign_id = $1 AND version >= $2 ORDER BY version`,
      [campaignId, last?.version ?? 0],
    );
    let stream: StoredEvent[];
    if (cached && last && rows.length > 0 && rows[0].hash === last.hash) {
      stream = cached;
      for (const row of rows.slice(1)) stream.push(deepFreeze(this.toStoredEvent(row)));
    } else if (!cached || !last) {
      stream = rows.map((row) => deepFreeze(this.toStoredEvent(row)));
    } else {
      // The stream is not what we cached: read it again from the start.
      const all: SqlRow[] = await m.query(`SELECT ${COLUMNS} FROM events WHERE campaign_id = $1 ORDER BY version`, [campaignId]);
      stream = all.map((row) => deepFreeze(this.toStoredEvent(row)));
    }
    this.streams.delete(campaignId); // re-insert: most recently used last
    if (stream.length > 0) this.streams.set(campaignId, stream);
    while (this.streams.size > this.maxStreams) this.streams.delete(this.streams.keys().next().value!);
    return stream.slice();
  }
}
