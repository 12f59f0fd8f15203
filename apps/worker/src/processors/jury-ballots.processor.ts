import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { BallotBatchWriter } from '@app/jury';
import { type JuryBallotBatchJobData, QueueName } from '@app/queue';
import { workerOptions } from '../worker-options';
import { withLogSafeFailure } from './log-safe-failure';

/**
 * Counts each batch of accepted ballots with one statement that reads it from jury_intake (the job names it). Delivery is at least once (a worker killed
 * mid-batch leaves the job to be taken over); the batch id makes a second delivery change nothing.
 */
@Processor(QueueName.JuryBallots, workerOptions())
export class JuryBallotsProcessor extends WorkerHost {
  private readonly logger = new Logger(JuryBallotsProcessor.name);

  constructor(private readonly writer: BallotBatchWriter) {
    super();
  }

  async process(job: Job<JuryBallotBatchJobData>): Promise<{ applied: boolean }> {
    const outcome = await withLogSafeFailure(() => this.writer.write(job.data));
    if (!outcome.applied) this.logger.log(`Ballot batch ${job.data.batchId} was applied before (or is not in the intake); nothing changed`);
    return outcome;
  }
}
