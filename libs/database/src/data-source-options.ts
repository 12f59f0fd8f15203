import type { DataSourceOptions } from 'typeorm';
import { LogSafeTypeOrmLogger } from './logging/log-safe-typeorm-logger';
import { MIGRATIONS } from './migrations';

/** The one description of our PostgreSQL connection, shared by the apps, the migration CLI and the tests. */
export function dataSourceOptions(databaseUrl: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    logging: ['error'],
    logger: new LogSafeTypeOrmLogger(),
    extra: { max: 20, application_name: 'open-selection' },
    ...extra,
  } as DataSourceOptions;
}
