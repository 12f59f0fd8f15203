import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { configWarnings, loadConfig } from '@app/config';
import { ensureDatabase, runMigrations } from '@app/database';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // On stderr whatever the log level, at every start: allowed is not the same as fine.
  for (const warning of configWarnings(config)) console.error(warning);
  if (config.MIGRATE_ON_START) {
    await ensureDatabase(config.DATABASE_URL);
    await runMigrations(config.DATABASE_URL);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Printed whatever the log level: operators and the test harness wait for this line.
  console.log(`Worker ready: queues commands, events (concurrency ${config.WORKER_CONCURRENCY})`);
}

bootstrap().catch((err: Error) => {
  console.error(`Worker failed to start: ${err.message}`);
  process.exit(1);
});
