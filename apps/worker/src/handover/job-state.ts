import type { Queue } from 'bullmq';

const IN_FLIGHT = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * What Redis knows of a job: 'in-flight' (it will still run), 'finished' (completed or failed for good) or
 * 'missing' (never queued, or lost when Redis restarted without its data).
 */
export async function jobState(queue: Queue, jobId: string): Promise<'in-flight' | 'finished' | 'missing'> {
  const job = await queue.getJob(jobId);
  if (!job) return 'missing';
  return IN_FLIGHT.has(await job.getState()) ? 'in-flight' : 'finished';
}
