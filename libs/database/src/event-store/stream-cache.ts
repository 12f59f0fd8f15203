import { type DomainEvent, FoldMemo, withCurrentMinutes, withFoldMemo } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { openStoredEvents } from '../personal-data/personal-data-vault';
import type { SqlRow } from '../sql-row';
import type { StoredEvent } from './stored-event';

const COLUMNS = 'seq, id, campaign_id, version, type, payload, actor_id, command_id, occurred_at, prev_hash, hash';

/** Its keys were shredded when this was appended: every opened copy cached before it holds what must now read as erased. */
const PERSONAL_DATA_ERASED = 'PersonalDataErased';

/** Makes a cached event read-only: decisions share it, so one that mutated it would corrupt the next. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** A stored event as the domain reads it today (older recorded shapes brought up to date, never rewritten). */
export const toDomainEvent = (e: StoredEvent): DomainEvent => withCurrentMinutes({ type: e.type, payload: e.payload });

/**
 * A campaign's stream as loaded, personal data opened (vault): the stored events, and the domain's view of them
 * carrying the stream's fold snapshots.
 */
export interface LoadedStream {
  readonly events: readonly StoredEvent[];
  readonly history: readonly DomainEvent[];
}

interface CachedStream {
  readonly events: StoredEvent[];
  readonly history: DomainEvent[];
  /** The folds' snapshots of this stream: valid as long as the stream only grows, dropped with it otherwise. */
  readonly memo: FoldMemo;
}

/**
 * The campaign streams a process has replayed, kept so that the next command reads only the events after them
 * instead of the whole stream, and its folds resume from where the last command left them (`FoldMemo`) instead
 * of replaying a thousand candidacies. Events are cached opened: each one's personal fields are decrypted once,
 * when it is first read, with the keys of the people it names (never the campaign's whole key table). Each load
 * re-reads the last cached event and checks its hash, so a stream that changed underneath (a database restored
 * from a backup, a transaction that read its own events and then rolled back) is read again in full with fresh
 * snapshots; so is a stream whose personal data was erased since (its opened copies would still hold it).
 * Loads may overlap (the api reads without the campaign's lock): an event is appended only right after the one
 * it links to. Least recently used streams are dropped beyond `maxStreams`.
 */
export class StreamCache {
  private readonly streams = new Map<string, CachedStream>();

  constructor(
    private readonly toStoredEvent: (row: SqlRow) => StoredEvent,
    private readonly maxStreams = 50,
  ) {}

  async load(m: EntityManager, campaignId: string): Promise<readonly StoredEvent[]> {
    return (await this.read(m, campaignId)).events;
  }

  async read(m: EntityManager, campaignId: string): Promise<LoadedStream> {
    const known = this.streams.get(campaignId)?.events.length ?? 0;
    const rows: SqlRow[] = await m.query(`SELECT ${COLUMNS} FROM events WHERE campaign_id = $1 AND version >= $2 ORDER BY version`, [campaignId, known]);
    let stream = this.streams.get(campaignId); // again: another load may have grown or replaced it meanwhile
    const erasedSince = known > 0 && rows.some((r) => r.type === PERSONAL_DATA_ERASED && r.version > known);
    if (!stream || erasedSince || (known > 0 && rows[0]?.version !== known) || !(await this.extend(m, campaignId, stream, rows))) {
      const all: SqlRow[] = known === 0 ? rows : await m.query(`SELECT ${COLUMNS} FROM events WHERE campaign_id = $1 ORDER BY version`, [campaignId]);
      stream = { events: [], history: [], memo: new FoldMemo() };
      if (!(await this.extend(m, campaignId, stream, all))) throw new Error(`The stream of campaign ${campaignId} has a gap or a broken link`);
    }
    this.streams.delete(campaignId); // re-insert: most recently used last
    if (stream.events.length > 0) this.streams.set(campaignId, stream);
    while (this.streams.size > this.maxStreams) this.streams.delete(this.streams.keys().next().value!);
    // Copies, so that a caller holding them never sees the stream grow; the history keeps the memo.
    return { events: stream.events.slice(), history: withFoldMemo(stream.history.slice(), stream.memo) };
  }

  /** Appends the rows that follow the cached events, opened; false when one does not match or link (the stream changed). */
  private async extend(m: EntityManager, campaignId: string, stream: CachedStream, rows: readonly SqlRow[]): Promise<boolean> {
    const fresh: StoredEvent[] = [];
    for (const row of rows) {
      const cached = stream.events[row.version - 1];
      if (cached) {
        if (cached.hash !== row.hash) return false;
        continue;
      }
      fresh.push(this.toStoredEvent(row));
    }
    const opened = await openStoredEvents(m, campaignId, fresh);
    // After the await another load may have appended some of them: checked again, event by event.
    for (const event of opened) {
      const cached = stream.events[event.version - 1];
      if (cached) {
        if (cached.hash !== event.hash) return false;
        continue;
      }
      const last = stream.events[stream.events.length - 1];
      if (event.version !== stream.events.length + 1 || event.prevHash !== (last?.hash ?? event.prevHash)) return false;
      const frozen = deepFreeze(event);
      stream.events.push(frozen);
      stream.history.push(toDomainEvent(frozen));
    }
    return true;
  }
}
