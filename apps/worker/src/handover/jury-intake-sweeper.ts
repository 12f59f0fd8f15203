import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { BALLOT_BATCH_RETENTION, type JuryBallotBatchJobData, JuryJobName, QueueName } from '@app/queue';
import { jobState } from './job-state';
import { PeriodicSweeper } from './periodic-sweeper';

const LIMIT = 200;

/**
 * Accepted ballot batches are committed to jury_intake before a single ballot is answered, and leave it when
 * applied. A row that stays means its job never reached Redis or was lost with it: this queues it again.
 * Applying a batch twice changes nothing (jury_batches), so a duplicate is harmless: the api's jobs name several
 * batches under the first one's id, so a batch further down a job still waiting after SWEEP_STALE_AFTER_MS (a long
 * backlog) is queued once more on its own, and counted by whichever job comes first.
 */
@Injectable()
export class JuryIntakeSweeper extends PeriodicSweeper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.JuryBallots) private readonly queue: Queue<JuryBallotBatchJobData>,
    private readonly config: AppConfig,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async sweepOnce(): Promise<number> {
    const rows: { batch_id: string; campaign_id: string }[] = await this.dataSource.query(
      `SELECT batch_id, campaign_id FROM jury_intake WHERE queued_at < now() - ($1::int * interval '1 millisecond')
       ORDER BY queued_at LIMIT $2`,
      [this.config.SWEEP_STALE_AFTER_MS, LIMIT],
    );
    let requeued = 0;
    for (const row of rows) {
      const state = await jobState(this.queue, row.batch_id);
      if (state === 'in-flight') continue;
      const jobId = state === 'missing' ? row.batch_id : `${row.batch_id}:retry-${Date.now()}`;
      await this.queue.add(JuryJobName.BallotBatch, { campaignId: row.campaign_id, batchIds: [row.batch_id] }, { jobId, ...BALLOT_BATCH_RETENTION });
      requeued += 1;
    }
    return requeued;
  }

  protected describe(requeued: number): string {
    return `Re-queued ${requeued} accepted ballot batch(es) whose jobs were lost`;
  }
}
