// The DataSource for the TypeORM CLI (e.g. `npx typeorm migration:show -d dist/libs/database/src/data-source.js`).
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
