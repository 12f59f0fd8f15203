import type { WorkerOptions } from 'bullmq';
import { loadConfig } from '@app/config';

/** Options for every processor; read when the processor class is declared, from the validated config. */
export function workerOptions(): Partial<WorkerOptions> {
  const config = loadConfig();
  return {
    concurrency: config.WORKER_CONCURRENCY,
    lockDuration: config.WORKER_LOCK_MS,
    stalledInterval: Math.max(1000, Math.floor(config.WORKER_LOCK_MS / 2)),
    maxStalledCount: 100,
  };
}
