import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { BallotBatchWriter } from '@app/jury';
import { type JuryBallotBatchJobData, QueueName, type SingleBallotBatchJobData } from '@app/queue';
import { workerOptions } from '../worker-options';
import { withLogSafeFailure } from './log-safe-failure';

/**
 * Counts the batches of accepted ballots a job names with one statement that reads them from jury_intake. Delivery is
 * at least once (a worker killed mid-job leaves the job to be taken over); the batch ids make a second delivery change
 * nothing.
 */
@Processor(QueueName.JuryBallots, workerOptions())
export class JuryBallotsProcessor extends WorkerHost {
  private readonly logger = new Logger(JuryBallotsProcessor.name);

  constructor(private readonly writer: BallotBatchWriter) {
    super();
  }

  async process(job: Job<JuryBallotBatchJobData | SingleBallotBatchJobData>): Promise<{ applied: number; named: number }> {
    const outcome = await withLogSafeFailure(() => this.writer.write(job.data));
    if (outcome.applied < outcome.named)
      this.logger.log(
        `Job ${job.id}: ${outcome.named - outcome.applied} of ${outcome.named} ballot batch(es) were applied before (or are not in the intake); they changed nothing`,
      );
    return outcome;
  }
}
