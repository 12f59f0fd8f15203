import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations; returns the names applied. Safe to call from several processes at once. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(databaseUrl));
  await ds.initialize();
  try {
    // Two processes starting together must not both migrate; a session advisory lock serialises them.
    await ds.query('SELECT pg_advisory_lock(4242001)');
    const applied = await ds.runMigrations({ transaction: 'each' });
    await ds.query('SELECT pg_advisory_unlock(4242001)');
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** Creates the database named in the URL when it does not exist yet (first run on a fresh machine). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: url.toString() });
  await admin.initialize();
  try {
    const rows: unknown[] = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.destroy();
  }
}
