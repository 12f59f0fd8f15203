import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ballotBatchIdsOf, type JuryBallotBatchJobData, type SingleBallotBatchJobData } from '@app/queue';
import type { Pool } from 'pg';
import { dedicatedPool } from '@app/database';
import { UUID_TEXT } from '@app/domain';

/**
 * Counts the batches of accepted ballots a job names with one statement, reading them from jury_intake (never from
 * the queue):
 * 1. the batches' intake rows are deleted and their ballots read — a batch that is not there was applied before (a
 *    redelivery after a crash) or never accepted, and nothing of it is counted;
 * 2. each batch id goes into jury_batches (with its size, for progress);
 * 3. each ballot id taken is logged in jury_submissions (a repeat of a ballot id keeps its latest acceptance);
 * 4. each voter's latest ballot is upserted into jury_ballots, `WHERE excluded.seq > jury_ballots.seq`, so the
 *    ballot with the highest acceptance sequence is the one counted, in whatever order batches arrive;
 * 5. the progress counters (one of each campaign's 16 counter rows) move by exactly what was applied.
 * Only the api writes jury_intake, in the transaction that checked each juror may vote, so what is counted here is
 * exactly what it accepted. Ballots are keyed by the voter pseudonym, never the juror id: nothing here can be joined
 * to the roster. Rows are locked in key order (batch id, ballot id, then voter), so concurrent jobs never deadlock.
 */
export const WRITE_BALLOT_BATCHES_SQL = `
WITH intake AS (
  DELETE FROM jury_intake WHERE batch_id = ANY($1::uuid[])
  RETURNING batch_id, campaign_id, ballot_ids, voters, seqs, marks, receipts, accepted_at
), batch AS (
  INSERT INTO jury_batches (batch_id, campaign_id, size)
  SELECT batch_id, campaign_id, cardinality(ballot_ids) FROM intake ORDER BY batch_id
  ON CONFLICT (batch_id) DO NOTHING
  RETURNING batch_id, campaign_id, size
), input AS (
  SELECT DISTINCT ON (t.ballot_id) t.ballot_id, t.voter, t.seq, t.marks::smallint[] AS marks, t.receipt, i.accepted_at, i.campaign_id, i.batch_id
  FROM intake i, unnest(i.ballot_ids, i.voters, i.seqs, i.marks, i.receipts) AS t(ballot_id, voter, seq, marks, receipt)
  WHERE i.batch_id IN (SELECT batch_id FROM batch)
  ORDER BY t.ballot_id, t.seq DESC
), logged AS (
  INSERT INTO jury_submissions AS s (ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at, batch_id)
  SELECT ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at, batch_id FROM input ORDER BY ballot_id
  ON CONFLICT (ballot_id) DO UPDATE
    SET seq = excluded.seq, marks = excluded.marks, receipt = excluded.receipt, accepted_at = excluded.accepted_at, batch_id = excluded.batch_id
    WHERE excluded.seq > s.seq AND excluded.voter = s.voter AND excluded.campaign_id = s.campaign_id
  RETURNING ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at
), latest AS (
  SELECT DISTINCT ON (campaign_id, voter) ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at FROM logged
  ORDER BY campaign_id, voter, seq DESC
), counted AS (
  INSERT INTO jury_ballots AS b (campaign_id, voter, ballot_id, seq, marks, receipt, accepted_at)
  SELECT campaign_id, voter, ballot_id, seq, marks, receipt, accepted_at FROM latest ORDER BY campaign_id, voter
  ON CONFLICT (campaign_id, voter) DO UPDATE
    SET ballot_id = excluded.ballot_id, seq = excluded.seq, marks = excluded.marks, receipt = excluded.receipt,
        accepted_at = excluded.accepted_at, counted_at = now()
    WHERE excluded.seq > b.seq
  RETURNING campaign_id, (xmax = 0) AS inserted
)
INSERT INTO jury_counters AS p (campaign_id, shard, processed, counted)
SELECT b.campaign_id, $2, sum(b.size), (SELECT count(*) FROM counted c WHERE c.inserted AND c.campaign_id = b.campaign_id)
FROM batch b GROUP BY b.campaign_id
ON CONFLICT (campaign_id, shard) DO UPDATE
  SET processed = p.processed + excluded.processed, counted = p.counted + excluded.counted
RETURNING (SELECT count(*)::int FROM batch) AS applied`;

export interface BatchWriteOutcome {
  /** Batches counted now; the others named had been applied before (or were never accepted) and changed nothing. */
  readonly applied: number;
  readonly named: number;
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
    this.pool = dedicatedPool(
      config.DATABASE_URL,
      { name: 'jury-count', max: Math.min(config.WORKER_CONCURRENCY, 8), options: '-c synchronous_commit=off' },
      this.logger,
    );
  }

  async write(job: Partial<JuryBallotBatchJobData & SingleBallotBatchJobData>): Promise<BatchWriteOutcome> {
    const batchIds = ballotBatchIdsOf(job).filter((id) => UUID_TEXT.test(id));
    if (batchIds.length === 0) return { applied: 0, named: 0 };
    // A named statement: each connection parses and plans this long statement once, not once per job.
    const { rows } = await this.pool.query<{ applied: number }>({
      name: 'write-ballot-batches',
      text: WRITE_BALLOT_BATCHES_SQL,
      values: [batchIds, parseInt(batchIds[0].slice(0, 4), 16) % 16],
    });
    return { applied: rows[0]?.applied ?? 0, named: batchIds.length };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
