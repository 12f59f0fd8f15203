import type { DataSourceOptions } from 'typeorm';
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
    extra: { max: 20, application_name: 'open-selection' },
    ...extra,
  } as DataSourceOptions;
}
