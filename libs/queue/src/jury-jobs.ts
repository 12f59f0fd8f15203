/** Jobs of the jury-ballots queue: each names batches of accepted ballots of one campaign. */
export enum JuryJobName {
  BallotBatch = 'JuryBallotBatch',
}

/**
 * Batches of accepted ballots of one campaign, handed over together. The ballots themselves are in PostgreSQL
 * (jury_intake), committed before any of them was answered 202; the job only names the batches, so Redis never holds a
 * ballot and a job put into Redis by anyone else can count nothing the api did not accept. Applied once, whatever
 * redelivers it.
 */
export interface JuryBallotBatchJobData {
  readonly campaignId: string;
  readonly batchIds: readonly string[];
}

/** A job queued before jobs named several batches (one `batchId`) may still wait in Redis after an upgrade. */
export interface SingleBallotBatchJobData {
  readonly campaignId: string;
  readonly batchId: string;
}

/** The batch ids a job of the jury-ballots queue names, whichever shape it was queued in; anything else names none. */
export function ballotBatchIdsOf(data: Partial<JuryBallotBatchJobData & SingleBallotBatchJobData> | undefined): string[] {
  if (Array.isArray(data?.batchIds)) return data.batchIds.filter((id): id is string => typeof id === 'string');
  return typeof data?.batchId === 'string' ? [data.batchId] : [];
}
