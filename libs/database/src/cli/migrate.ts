import { loadConfig } from '@app/config';
import { ensureDatabase, runMigrations } from '../run-migrations';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  await ensureDatabase(DATABASE_URL);
  const applied = await runMigrations(DATABASE_URL);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
}

main().catch((err: Error) => {
  console.error(`Migration failed: ${err.message}`);
  process.exit(1);
});
