/** Jobs of the jury-ballots queue: each carries a batch of accepted ballots of one campaign. */
export enum JuryJobName {
  BallotBatch = 'JuryBallotBatch',
}

/** One accepted ballot as the api hands it over: already checked against the ballot paper. */
export interface AcceptedBallot {
  readonly ballotId: string;
  /** The juror's voter pseudonym (JuryCredentials.voter), never her juror id: queue and intake carry no link to her. */
  readonly voter: string;
  /** Acceptance sequence (decimal text of a bigint): the latest accepted ballot of a voter is the one counted. */
  readonly seq: string;
  /** Scores (score mode) or 1/0 (approval mode), in ballot-paper order. */
  readonly marks: readonly number[];
  readonly receipt: string;
  /** ISO time of acceptance. */
  readonly acceptedAt: string;
  /**
   * The api's signature over the ballot (JuryCredentials.acceptanceSignature): it checked the juror's token and that
   * she may vote. The worker counts only signed ballots, so it keeps no per-juror set to check against.
   */
  readonly signature: string;
}

/** A batch of ballots, durable in Redis before any of them is answered 202; applied once, whatever redelivers it. */
export interface JuryBallotBatchJobData {
  readonly batchId: string;
  readonly campaignId: string;
  readonly ballots: readonly AcceptedBallot[];
}
