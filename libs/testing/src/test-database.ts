import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';

const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Tests may only touch a database whose name says it is for tests. */
export function assertTestDatabase(name: string): void {
  if (!/^os_test_[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to touch "${name}": test databases are named os_test_*`);
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(label: string, adminUrl: string = ADMIN_URL): Promise<TestDatabase> {
  const name = `os_test_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_${randomBytes(4).toString('hex')}`;
  assertTestDatabase(name);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
