import IORedis, { Cluster } from 'ioredis';
import { DataSource } from 'typeorm';
import { RevokedSessions } from '@app/auth';
import type { AppConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { clusterNodes } from '@app/queue';

/** What every administrator command may use: the database, the revoked-session list and the settings. */
export interface AdminContext {
  readonly config: AppConfig;
  readonly db: DataSource;
  readonly revokedSessions: RevokedSessions;
  /** The password piped to the command (for --password-stdin). */
  readStdin(): Promise<string>;
}

export async function openAdminContext(config: AppConfig): Promise<AdminContext & { close(): Promise<void> }> {
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL, { extra: { max: 2, application_name: 'open-selection-admin' } })).initialize();
  const redis = config.REDIS_CLUSTER_NODES ? new Cluster(clusterNodes(config.REDIS_CLUSTER_NODES)) : new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  return {
    config,
    db,
    revokedSessions: new RevokedSessions(redis, config.QUEUE_PREFIX, config.ACCESS_TOKEN_TTL_SECONDS),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
    },
    close: async () => {
      redis.disconnect();
      await db.destroy();
    },
  };
}
