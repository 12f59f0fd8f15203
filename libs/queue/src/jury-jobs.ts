/** Jobs of the jury-ballots queue: each names one batch of accepted ballots of one campaign. */
export enum JuryJobName {
  BallotBatch = 'JuryBallotBatch',
}

/**
 * A batch of accepted ballots. The ballots themselves are in PostgreSQL (jury_intake), committed before any of them
 * was answered 202; the job only names the batch, so Redis never holds a ballot and a job put into Redis by anyone
 * else can count nothing the api did not accept. Applied once, whatever redelivers it.
 */
export interface JuryBallotBatchJobData {
  readonly batchId: string;
  readonly campaignId: string;
}
