import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';

/** Campaigns made before organisations existed belong, after the migration, to the development root organisation. */
describe('organisations migration', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('org_migration');
  });

  afterAll(() => database?.drop());

  it('gives every existing campaign the development root organisation, and a new database none at all', async () => {
    const ds = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      expect(await ds.query(`SELECT id FROM organisations`)).toEqual([]);
      // Back to just before organisations existed (later migrations are undone first, then re-applied below).
      const applied = async () => (await ds.query(`SELECT name FROM schema_migrations`)).map((r: { name: string }) => r.name) as string[];
      while ((await applied()).includes('Organisations1764950000000')) await ds.undoLastMigration({ transaction: 'each' });
      const campaignId = randomUUID();
      await ds.query(
        `INSERT INTO campaigns (id, title, organising_body, stage, config, created_by, version, created_at, updated_at)
         VALUES ($1, '旧活动', '某区妇联', 'draft', '{}'::jsonb, 'organiser-li', 1, now(), now())`,
        [campaignId],
      );
      await runMigrations(database.url);
      expect(await ds.query(`SELECT organisation_id FROM campaigns WHERE id = $1`, [campaignId])).toEqual([
        { organisation_id: '00000000-0000-4000-8000-00000000d001' },
      ]);
      expect(await ds.query(`SELECT name, level, parent_id FROM organisations`)).toEqual([
        { name: '开发用根组织 (development root)', level: 'province', parent_id: null },
      ]);
    } finally {
      await ds.destroy();
    }
  });
});
