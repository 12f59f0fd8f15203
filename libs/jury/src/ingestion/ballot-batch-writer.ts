import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JuryBallotBatchJobData } from '@app/queue';
import { DataSource } from 'typeorm';
import { JuryCredentials } from '../credentials/jury-credentials';

/**
 * Writes one batch of accepted ballots with one statement:
 * 1. the batch id goes into jury_batches — if it is already there, the batch was applied before (a redelivery
 *    after a crash) and the statement changes nothing at all;
 * 2. only ballots the api signed are given to it (checked here, before the statement): the api signed a ballot after
 *    checking the juror's token and that she may vote (code opened, not revoked), so a batch that reached the
 *    queue some other way counts nobody, and nothing per juror is kept for the worker to check against;
 *    each ballot id taken is logged in jury_submissions (a repeat of a ballot id keeps its latest acceptance);
 * 3. each voter's latest ballot is upserted into jury_ballots, `WHERE excluded.seq > jury_ballots.seq`, so the
 *    ballot with the highest acceptance sequence is the one counted, in whatever order batches arrive;
 * 4. the progress counters (one of the campaign's 16 counter rows) move by exactly what was applied;
 * 5. the batch's intake row, kept until now in case Redis lost the job, is deleted.
 * Ballots are keyed by the voter pseudonym, never the juror id: nothing here can be joined to the roster.
 * Rows are locked in key order (ballot id, then voter), so concurrent batches never deadlock.
 */
export const WRITE_BALLOT_BATCH_SQL = `
WITH batch AS (
  INSERT INTO jury_batches (batch_id, campaign_id, size) VALUES ($1, $2, $3)
  ON CONFLICT (batch_id) DO NOTHING
  RETURNING batch_id
), handed_over AS (
  DELETE FROM jury_intake WHERE batch_id = $1
), input AS (
  SELECT DISTINCT ON (t.ballot_id) t.ballot_id, t.voter, t.seq, t.marks::smallint[] AS marks, t.receipt, t.accepted_at
  FROM unnest($4::uuid[], $5::uuid[], $6::bigint[], $7::text[], $8::text[], $9::timestamptz[]) AS t(ballot_id, voter, seq, marks, receipt, accepted_at)
  WHERE EXISTS (SELECT 1 FROM batch)
  ORDER BY t.ballot_id, t.seq DESC
), logged AS (
  INSERT INTO jury_submissions AS s (ballot_id, campaign_id, voter, seq, marks, receipt, accepted_at, batch_id)
  SELECT ballot_id, $2, voter, seq, marks, receipt, accepted_at, $1 FROM input ORDER BY ballot_id
  ON CONFLICT (ballot_id) DO UPDATE
    SET seq = excluded.seq, marks = excluded.marks, receipt = excluded.receipt, accepted_at = excluded.accepted_at, batch_id = excluded.batch_id
    WHERE excluded.seq > s.seq AND excluded.voter = s.voter AND excluded.campaign_id = s.campaign_id
  RETURNING ballot_id, voter, seq, marks, receipt, accepted_at
), latest AS (
  SELECT DISTINCT ON (voter) ballot_id, voter, seq, marks, receipt, accepted_at FROM logged ORDER BY voter, seq DESC
), counted AS (
  INSERT INTO jury_ballots AS b (campaign_id, voter, ballot_id, seq, marks, receipt, accepted_at)
  SELECT $2, voter, ballot_id, seq, marks, receipt, accepted_at FROM latest ORDER BY voter
  ON CONFLICT (campaign_id, voter) DO UPDATE
    SET ballot_id = excluded.ballot_id, seq = excluded.seq, marks = excluded.marks, receipt = excluded.receipt,
        accepted_at = excluded.accepted_at, counted_at = now()
    WHERE excluded.seq > b.seq
  RETURNING (xmax = 0) AS inserted
)
INSERT INTO jury_counters AS p (campaign_id, shard, processed, counted)
SELECT $2, $10, $3, (SELECT count(*) FROM counted WHERE inserted) FROM batch
ON CONFLICT (campaign_id, shard) DO UPDATE
  SET processed = p.processed + excluded.processed, counted = p.counted + excluded.counted
RETURNING processed, counted`;

export interface BatchWriteOutcome {
  /** false: this batch had been applied before; nothing changed. */
  readonly applied: boolean;
  readonly size: number;
}

@Injectable()
export class BallotBatchWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: JuryCredentials,
  ) {}

  async write(batch: JuryBallotBatchJobData): Promise<BatchWriteOutcome> {
    // Unsigned or altered ballots are counted as processed (they were received) but never written.
    const b = batch.ballots.filter((x) => this.credentials.acceptanceSignatureValid(batch.campaignId, x));
    const rows: unknown[] = await this.dataSource.query(WRITE_BALLOT_BATCH_SQL, [
      batch.batchId,
      batch.campaignId,
      batch.ballots.length,
      b.map((x) => x.ballotId),
      b.map((x) => x.voter),
      b.map((x) => x.seq),
      b.map((x) => `{${x.marks.join(',')}}`),
      b.map((x) => x.receipt),
      b.map((x) => x.acceptedAt),
      parseInt(batch.batchId.slice(0, 4), 16) % 16,
    ]);
    return { applied: rows.length === 1, size: batch.ballots.length };
  }
}
