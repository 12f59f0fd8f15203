export * from './command-queue';
export * from './job-payloads';
export * from './jury-jobs';
export * from './queue-names';
export * from './queue.module';
export * from './redis-connection';
export * from './enqueue-best-effort';
