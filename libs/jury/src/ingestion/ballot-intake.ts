import { Injectable } from '@nestjs/common';
import { type BallotChoice, ballotMarks, notFound, paperBallotReceipt, unauthenticated } from '@app/domain';
import { JuryCredentials } from '../credentials/jury-credentials';
import { BallotIngestor, juryStageRefusal } from './ballot-ingestor';
import { BallotRateLimiter } from './ballot-rate-limiter';
import { JurySnapshotCache } from './jury-snapshot-cache';

export interface CastBallotAnswer {
  status: 'accepted';
  campaignId: string;
  ballotId: string;
  receipt: string;
  /** Acceptance sequence: her ballot with the highest one is the one counted. */
  seq: string;
}

/**
 * Casting a ballot, the one place it is done (both HTTP routes call it): the juror's token (HMAC, no database), her
 * per-minute limit (in memory), the cached ballot paper and the rules of libs/domain, the receipt, and the hand-over
 * to the batching ingestor — which answers only once the batch is committed to PostgreSQL. Refuses with DomainError
 * (or RetryLaterError); the transport words the answer. The request's shape (JSON, field types, the
 * Idempotency-Key's form) is the transport's to check, once, before it calls here.
 */
@Injectable()
export class BallotIntake {
  constructor(
    private readonly credentials: JuryCredentials,
    private readonly snapshots: JurySnapshotCache,
    private readonly ingestor: BallotIngestor,
    private readonly rateLimiter: BallotRateLimiter,
  ) {}

  async cast(choice: BallotChoice, token: string | undefined, idempotencyKey: string | undefined): Promise<CastBallotAnswer> {
    const claims = this.credentials.verifyBallotToken(token);
    if (!claims) throw unauthenticated('jury.token-invalid', 'Send the ballot token from POST /jury/session in the X-Ballot-Token header.', 'X-Ballot-Token');
    this.rateLimiter.consume(claims.jurorId);
    const snapshot = await this.snapshots.get(claims.campaignId);
    if (!snapshot) throw notFound('campaign.not-found', `Campaign ${claims.campaignId} does not exist.`, undefined, { campaignId: claims.campaignId });
    if (snapshot.stage !== 'jury' || !snapshot.paper) throw juryStageRefusal(snapshot.stage);
    const marks = ballotMarks(snapshot.paper, choice);
    const ballotId = this.credentials.ballotId(claims.campaignId, claims.jurorId, idempotencyKey);
    const receipt = paperBallotReceipt(snapshot.paper, claims.campaignId, ballotId, marks, this.credentials.receiptSalt(ballotId));
    const voter = this.credentials.voter(claims.campaignId, claims.jurorId);
    const seq = await this.ingestor.submit({ campaignId: claims.campaignId, jurorId: claims.jurorId, voter, ballotId, marks, receipt });
    return { status: 'accepted', campaignId: claims.campaignId, ballotId, receipt, seq };
  }
}
