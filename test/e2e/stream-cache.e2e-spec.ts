import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, toStoredEvent } from '@app/database';
import { StreamCache } from '../../libs/database/src/event-store/stream-cache';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { type Fold, foldHistory } from '@app/domain';

/** The worker's cache of replayed streams, against a real PostgreSQL events table. */
describe('StreamCache', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const campaignId = randomUUID();
  const hash = (version: number, salt = 'a') => `${salt}${String(version).padStart(63, '0')}`;
  const append = async (from: number, to: number, salt = 'a') => {
    for (let v = from; v <= to; v += 1) {
      await dataSource.query(
        `INSERT INTO events (id, campaign_id, version, type, payload, actor_id, occurred_at, prev_hash, hash) VALUES ($1, $2, $3, 'Test', $4, 'tester', now(), $5, $6)`,
        [randomUUID(), campaignId, v, JSON.stringify({ v, list: [v] }), hash(v - 1, salt), hash(v, salt)],
      );
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('stream_cache');
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reads only what is new, notices a stream that changed underneath, and hands out read-only events', async () => {
    const cache = new StreamCache(toStoredEvent);
    await append(1, 5);
    expect((await cache.load(dataSource.manager, campaignId)).map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);

    await append(6, 8);
    const queries: string[] = [];
    const counting = { query: (sql: string, params: unknown[]) => (queries.push(sql), dataSource.manager.query(sql, params)) } as typeof dataSource.manager;
    const grown = await cache.load(counting, campaignId);
    expect(grown.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(queries).toHaveLength(1); // one incremental read from version 5 on

    // A decision that tried to change an event it was given would corrupt the next one: it cannot.
    expect(() => {
      (grown[0].payload as { list: number[] }).list.push(99);
    }).toThrow(TypeError);

    // The stream was replaced underneath (a restore): the cache reads it again in full.
    await dataSource.query(`DELETE FROM events WHERE campaign_id = $1`, [campaignId]);
    await append(1, 3, 'b');
    const reread = await cache.load(dataSource.manager, campaignId);
    expect(reread.map((e) => [e.version, e.hash[0]])).toEqual([
      [1, 'b'],
      [2, 'b'],
      [3, 'b'],
    ]);
  });

  it('loads that overlap (the api reads without the campaign lock) append each event once', async () => {
    const cache = new StreamCache(toStoredEvent);
    await dataSource.query(`DELETE FROM events WHERE campaign_id = $1`, [campaignId]);
    await append(1, 4);
    await cache.load(dataSource.manager, campaignId);
    await append(5, 9);
    const loads = await Promise.all(Array.from({ length: 5 }, () => cache.load(dataSource.manager, campaignId)));
    for (const events of loads) expect(events.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await cache.load(dataSource.manager, campaignId)).map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('an event read inside a transaction that then rolled back is dropped, and the folds start again', async () => {
    const cache = new StreamCache(toStoredEvent);
    const counted: Fold<number> = {
      name: 'count-test-events',
      version: 1,
      initial: () => 0,
      resume: (n) => n,
      apply: (n, e) => n + ((e.payload as { weight?: number }).weight ?? 1),
      seal: (n) => n,
    };
    await dataSource.query(`DELETE FROM events WHERE campaign_id = $1`, [campaignId]);
    await append(1, 3);
    expect(foldHistory(counted, (await cache.read(dataSource.manager, campaignId)).history)).toBe(3);
    await dataSource
      .transaction(async (m) => {
        await m.query(
          `INSERT INTO events (id, campaign_id, version, type, payload, actor_id, occurred_at, prev_hash, hash) VALUES ($1, $2, 4, 'Test', '{"weight": 100}', 'tester', now(), $3, $4)`,
          [randomUUID(), campaignId, hash(3), hash(4, 'p')],
        );
        expect(foldHistory(counted, (await cache.read(m, campaignId)).history)).toBe(103); // a projector reading its own write
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await append(4, 5);
    const { events, history } = await cache.read(dataSource.manager, campaignId);
    expect(events.map((e) => e.hash[0])).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(foldHistory(counted, history)).toBe(5);
  });
});
