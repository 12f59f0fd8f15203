import type { DefaultJobOptions } from 'bullmq';
import { QueueName } from './queue-names';

/** How many finished jobs a queue keeps, and for how long (seconds). */
export interface JobRetention {
  readonly QUEUE_KEEP_COMPLETED: number;
  readonly QUEUE_KEEP_COMPLETED_SECONDS: number;
  readonly QUEUE_KEEP_FAILED: number;
  readonly QUEUE_KEEP_FAILED_SECONDS: number;
}

/** Entries of each queue's event stream (completed, failed, …): the api's ?wait=true reads them as they come. */
export const QUEUE_EVENTS_KEPT = 1000;

/**
 * A ballot batch carries up to JURY_BATCH_MAX ballots and its ballots are in jury_batches / jury_ballots once applied:
 * dropped at once when completed, a few failed ones kept to see what went wrong. Passed with each add() of a batch, so
 * that it holds however the queue was registered.
 */
export const BALLOT_BATCH_RETENTION = { removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600, count: 50 } } as const;

/**
 * Job options of each queue. Redis only carries work — PostgreSQL holds every command, ballot batch and event and its
 * outcome, and the sweepers queue again what Redis lost — so finished jobs are trimmed by count and age and Redis
 * stays the same size whatever the number of ballots. Applying anything twice changes nothing, so a job id that was
 * trimmed and comes again is no risk.
 */
export function jobOptionsFor(queue: QueueName, retention: JobRetention): DefaultJobOptions {
  return {
    attempts: 20,
    backoff: { type: 'exponential', delay: 500 },
    // Each attempt's stack is kept with the job; the last few say enough.
    stackTraceLimit: 3,
    removeOnComplete: { age: retention.QUEUE_KEEP_COMPLETED_SECONDS, count: retention.QUEUE_KEEP_COMPLETED },
    removeOnFail: { age: retention.QUEUE_KEEP_FAILED_SECONDS, count: retention.QUEUE_KEEP_FAILED },
    ...(queue === QueueName.JuryBallots ? BALLOT_BATCH_RETENTION : {}),
  };
}
