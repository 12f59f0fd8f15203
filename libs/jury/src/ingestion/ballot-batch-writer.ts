import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { JuryBallotBatchJobData } from '@app/queue';
import { Pool } from 'pg';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Counts one batch of accepted ballots with one statement, reading it from jury_intake (never from the queue):
 * 1. the batch's intake row is deleted and its ballots read — if it is not there, the batch was applied before (a
 *    redelivery after a crash) or never accepted, and the statement changes nothing at all;
 * 2. the batch id goes into jury_batches (with its size, for progress);
 * 3. each ballot id taken is logged in jury_submissions (a repeat of a ballot id keeps its latest acceptance);
 * 4. each voter's latest ballot is upserted into jury_ballots, `WHERE excluded.seq > jury_ballots.seq`, so the
 *    ballot with the highest acceptance sequence is the one counted, in whatever order batches arrive;
 * 5. the progress counters (one of the campaign's 16 counter rows) move by exactly what was applied.
 * Only the api writes jury_intake, in the transaction that checked each juror may vote, so what is counted here is
 * exactly what it accepted. Ballots are keyed by the voter pseudonym, never the juror id: nothing here can be joined
 * to the roster. Rows are locked in key order (ballot id, then voter), so concurrent batches never deadlock.
 */
export const WRITE_BALLOT_BATCH_SQL = `
WITH intake AS (
  DELETE FROM jury_intake WHERE batch_id = $1
  RETURNING batch_id, campaign_id, ballot_ids, voters, seqs, marks, receipts, accepted_at
), batch AS (
  INSERT INTO jury_batches (batch_id, campaign_id, size) SELECT batch_id, campaign_id, cardinality(ballot_ids) FROM intake
  ON CONFLICT (batch_id) DO NOTHING
  RETURNING batch_id, campaign_id, size
), input AS (
  SELECT DISTINCT ON (t.ballot_id) t.ballot_id, t.voter, t.seq, t.marks::smallint[] AS marks, t.receipt, i.accepted_at, i.campaign_id
  FROM intake i, unnest(i.ballot_ids, i.voters, i.seqs, i.marks, i.receipts) AS t(ballot_id, voter, seq, marks, receipt)
  WHERE EXISTS (SELECT 1 FROM batch)
  ORDER BY t.ballot_id, t.seq DESC
), logged AS (
  INSERT INTO jury_submissions AS s (ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at, batch_id)
  SELECT ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at, $1 FROM input ORDER BY ballot_id
  ON CONFLICT (ballot_id) DO UPDATE
    SET seq = excluded.seq, marks = excluded.marks, receipt = excluded.receipt, accepted_at = excluded.accepted_at, batch_id = excluded.batch_id
    WHERE excluded.seq > s.seq AND excluded.voter = s.voter AND excluded.campaign_id = s.campaign_id
  RETURNING ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at
), latest AS (
  SELECT DISTINCT ON (voter) ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at FROM logged ORDER BY voter, seq DESC
), counted AS (
  INSERT INTO jury_ballots AS b (campaign_id, voter, ballot_id, seq, marks, receipt, accepted_at)
  SELECT campaign_id, voter, ballot_id, seq, marks, receipt, accepted_at FROM latest ORDER BY voter
  ON CONFLICT (campaign_id, voter) DO UPDATE
    SET ballot_id = excluded.ballot_id, seq = excluded.seq, marks = excluded.marks, receipt = excluded.receipt,
        accepted_at = excluded.accepted_at, counted_at = now()
    WHERE excluded.seq > b.seq
  RETURNING (xmax = 0) AS inserted
)
INSERT INTO jury_counters AS p (campaign_id, shard, processed, counted)
SELECT campaign_id, $2, size, (SELECT count(*) FROM counted WHERE inserted) FROM batch
ON CONFLICT (campaign_id, shard) DO UPDATE
  SET processed = p.processed + excluded.processed, counted = p.counted + excluded.counted
RETURNING processed, counted`;

export interface BatchWriteOutcome {
  /** false: this batch had been applied before (or was never accepted); nothing changed. */
  readonly applied: boolean;
}

/**
 * Counting may commit asynchronously (synchronous_commit off): what it writes is derived from the intake row it
 * deletes in the same transaction, and that row was committed durably by the api before any ballot was answered. A
 * crash that loses the last few counting commits loses their deletes with them, so the intake still holds those
 * batches and the sweeper counts them again; and any later synchronous commit (the jury's close, say) makes every
 * earlier commit durable with it, since the log is flushed in order. So ballots are never lost, and counting no
 * longer waits for the disk on every batch.
 */
@Injectable()
export class BallotBatchWriter implements OnApplicationShutdown {
  private readonly logger = new Logger(BallotBatchWriter.name);
  /** Its own connections, opened on first use (only a worker counts), each with asynchronous commits. */
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    this.pool = new Pool({
      connectionString: config.DATABASE_URL,
      max: Math.min(config.WORKER_CONCURRENCY, 8),
      application_name: 'open-selection-jury-count',
      options: '-c synchronous_commit=off',
    });
    this.pool.on('error', (err) => this.logger.warn(`Counting pool: ${err.message}`));
  }

  async write(batch: JuryBallotBatchJobData): Promise<BatchWriteOutcome> {
    if (!UUID.test(String(batch.batchId))) return { applied: false };
    // A named statement: each connection parses and plans this long statement once, not once per batch.
    const { rows } = await this.pool.query({
      name: 'write-ballot-batch',
      text: WRITE_BALLOT_BATCH_SQL,
      values: [batch.batchId, parseInt(batch.batchId.slice(0, 4), 16) % 16],
    });
    return { applied: rows.length === 1 };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
