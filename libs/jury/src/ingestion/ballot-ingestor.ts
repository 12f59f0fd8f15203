import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Pool } from 'pg';
import { type CheckedOut, checkOut } from '@app/database';
import { AppConfig } from '@app/config';
import { type CampaignStage, conflict, type DomainError, forbidden, notFound, stageIndex } from '@app/domain';
import { RetryLaterError } from './retry-later';
import { JuryCredentials } from '../credentials/jury-credentials';
import { type AcceptedBallot, BALLOT_BATCH_RETENTION, enqueueBestEffort, type JuryBallotBatchJobData, JuryJobName, QueueName } from '@app/queue';
import type { SqlRow } from '@app/database';

/**
 * A ballot checked by the api and waiting to be handed to the queue. The juror id is for the door's check against
 * the roster only; what is written (intake, queue, ballot tables) carries her voter pseudonym instead.
 */
export type IntakeBallot = Omit<AcceptedBallot, 'seq' | 'acceptedAt' | 'signature'> & { readonly campaignId: string; readonly jurorId: string };

interface Waiting {
  readonly ballot: IntakeBallot;
  resolve(seq: string): void;
  reject(err: unknown): void;
}

interface CampaignBuffer {
  items: Waiting[];
  timer?: NodeJS.Timeout;
  /** The oldest waiting ballot has waited long enough: flush as soon as a slot is free. */
  due: boolean;
  inflight: number;
}

/** Position within one flush; a flush holds at most JURY_BATCH_MAX (≤ 5,000) ballots. */
const SEQ_PER_FLUSH = 1_000_000n;
/** Flushes of one campaign in flight at once: a slow flush does not hold up the ballots that arrive meanwhile. */
const MAX_INFLIGHT_PER_CAMPAIGN = 4;
/**
 * Writes the batch, moves the received counter (one of the campaign's 16 rows) and commits, in one round trip (a
 * simple-protocol query, so the values are literals: ids checked or made here, the batch as an escaped literal —
 * pseudonyms, marks, receipts, signatures; never a juror id).
 */
const recordIntakeAndCommitSql = (batchId: string, campaignId: string, ballotsLiteral: string, shard: number, count: number) => `
WITH intake AS (INSERT INTO jury_intake (batch_id, campaign_id, ballots) VALUES ('${batchId}', '${campaignId}', ${ballotsLiteral}::jsonb))
INSERT INTO jury_counters (campaign_id, shard, received) VALUES ('${campaignId}', ${shard}, ${count})
ON CONFLICT (campaign_id, shard) DO UPDATE SET received = jury_counters.received + excluded.received;
COMMIT`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Who may vote: a juror of this campaign whose code was opened and not revoked. A read only: nothing about her is
 * written when her ballot lands (no flag, no time, no row), so watching the database while she votes shows nothing
 * that names her. The ids are bound parameters, never query text, so pg_stat_activity does not show them either.
 */
const ENTITLEMENT_SQL = `
SELECT j.juror_id, (j.used_at IS NOT NULL AND j.revoked_at IS NULL) AS entitled, j.revoked_at IS NOT NULL AS revoked
FROM jury_jurors j WHERE j.campaign_id = $1 AND j.juror_id = ANY($2::uuid[])`;

const notAJuror = () =>
  forbidden('jury.not-a-juror', 'This ballot token does not belong to a juror of this campaign who has opened her code; the ballot was not accepted.');
const revokedJuror = () => forbidden('jury.credential-revoked', 'The organiser has revoked this juror’s code; the ballot was not accepted. Ask the organiser.');
const unavailable = (committing: boolean) =>
  new RetryLaterError({
    reason: 'unavailable',
    code: 'jury.intake-unavailable',
    message: committing
      ? 'The database connection failed while accepting the ballot; it may or may not have been accepted. Send it again with the same Idempotency-Key: it stays one ballot.'
      : 'The ballot could not be recorded; it was not accepted. Send it again (with the same Idempotency-Key).',
    retryAfterSeconds: 1,
  });
const campaignNotFound = (campaignId: string) => notFound('campaign.not-found', `Campaign ${campaignId} does not exist.`, undefined, { campaignId });

export const juryStageRefusal = (stage: CampaignStage): DomainError =>
  stageIndex(stage) < stageIndex('jury')
    ? conflict('jury.not-open', `The jury is not open yet: the campaign is in stage "${stage}".`, undefined, { stage })
    : conflict('jury.closed', `The jury has closed: the campaign is in stage "${stage}"; ballots are no longer accepted.`, undefined, { stage });

/**
 * The ballot path's hand-over. Ballots of one campaign are collected for JURY_BATCH_MS (or until JURY_BATCH_MAX),
 * then flushed as ONE batch; every ballot of the flush is answered only after PostgreSQL has committed the batch.
 *
 * A flush is one short PostgreSQL transaction of three round trips (never a write per ballot): it takes the
 * campaign's advisory lock SHARED — commands take it exclusively — and reads the stage; reads which of the flush's
 * jurors may vote (on the roster, code opened, not revoked: a signed token alone is not enough); then numbers and
 * signs their ballots (the worker counts only ballots the api signed), writes the batch to jury_intake, adds the count
 * to the campaign's received counter and commits. So the jury's close (a stage command) and intake are serialised:
 * a ballot is accepted only if its flush saw stage "jury", and every flush that saw it has committed before the
 * close can. The ballots are answered at once; the batch is then handed to BullMQ (the flush keeps its slot until
 * then), best effort: if Redis is slow, away or later restarts empty, a worker's sweeper queues it again from
 * jury_intake. Nothing accepted is ever
 * dropped, nothing is accepted after the close. Up to four flushes of a campaign run at once; while they run the
 * next batch fills up, so batches grow with load.
 */
@Injectable()
export class BallotIngestor implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(BallotIngestor.name);
  private readonly buffers = new Map<string, CampaignBuffer>();
  private readonly batchMs: number;
  private readonly batchMax: number;
  /** Its own small pool, so that intake never queues behind other api queries for a connection. */
  private readonly pool: Pool;

  constructor(
    @InjectQueue(QueueName.JuryBallots) private readonly queue: Queue<JuryBallotBatchJobData>,
    private readonly credentials: JuryCredentials,
    config: AppConfig,
  ) {
    this.batchMs = config.JURY_BATCH_MS;
    this.batchMax = config.JURY_BATCH_MAX;
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: MAX_INFLIGHT_PER_CAMPAIGN + 2, application_name: 'open-selection-jury-intake' });
    this.pool.on('error', (err) => this.logger.warn(`Intake pool: ${err.message}`));
  }

  /** Resolves with the ballot's acceptance sequence once its batch is durably queued; rejects with a DomainError or RetryLaterError. */
  submit(ballot: IntakeBallot): Promise<string> {
    if (!UUID.test(ballot.campaignId)) return Promise.reject(campaignNotFound(ballot.campaignId));
    return new Promise<string>((resolve, reject) => {
      let buffer = this.buffers.get(ballot.campaignId);
      if (!buffer) {
        buffer = { items: [], due: false, inflight: 0 };
        this.buffers.set(ballot.campaignId, buffer);
      }
      buffer.items.push({ ballot, resolve, reject });
      this.pump(ballot.campaignId, buffer);
    });
  }

  /** On shutdown (the queue still open), hand over what is still waiting rather than fail it. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.drain();
  }

  /** After the http server has closed: nothing new can arrive. */
  async onApplicationShutdown(): Promise<void> {
    await this.drain();
    await this.pool.end();
  }

  private async drain(): Promise<void> {
    for (const [id, buffer] of this.buffers) {
      buffer.due = true;
      this.pump(id, buffer);
    }
    const deadline = Date.now() + 10_000;
    while ([...this.buffers.values()].some((b) => b.items.length || b.inflight) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  }

  private pump(campaignId: string, buffer: CampaignBuffer): void {
    while (buffer.items.length > 0 && buffer.inflight < MAX_INFLIGHT_PER_CAMPAIGN && (buffer.due || buffer.items.length >= this.batchMax)) {
      const items = buffer.items.splice(0, this.batchMax);
      buffer.inflight += 1;
      void this.flushBatch(campaignId, items).finally(() => {
        buffer.inflight -= 1;
        // Whatever arrived during the flush has waited at least that long: it goes next.
        buffer.due = buffer.items.length > 0;
        this.pump(campaignId, buffer);
      });
    }
    if (buffer.items.length === 0) {
      buffer.due = false;
      if (buffer.timer) clearTimeout(buffer.timer);
      buffer.timer = undefined;
      if (buffer.inflight === 0) this.buffers.delete(campaignId);
    } else if (!buffer.due && !buffer.timer) {
      buffer.timer = setTimeout(() => {
        buffer.timer = undefined;
        buffer.due = true;
        this.pump(campaignId, buffer);
      }, this.batchMs);
    }
  }

  private async enqueue(batch: JuryBallotBatchJobData): Promise<void> {
    await enqueueBestEffort(
      () => this.queue.add(JuryJobName.BallotBatch, batch, { jobId: batch.batchId, ...BALLOT_BATCH_RETENTION }),
      (reason) => this.logger.warn(`Ballot batch ${batch.batchId} is committed but not yet queued (${reason}); the worker's sweeper will queue it`),
    ).catch(() => undefined);
  }

  private async flushBatch(campaignId: string, items: Waiting[]): Promise<void> {
    let checkedOut: CheckedOut | undefined;
    let accepted: Map<Waiting, string> | undefined;
    /** Ballots refused one by one (not a juror who may vote); the others of the flush go on. */
    const refusedOne = new Map<Waiting, DomainError>();
    let refusal: unknown;
    let open = false;
    /** COMMIT was sent: if its answer is lost, the batch may have been accepted after all. */
    let committing = false;
    /** Its ballots were answered (the batch is committed); what follows is the hand-over to BullMQ. */
    let answered = false;
    try {
      checkedOut = await checkOut(this.pool);
      const { client } = checkedOut;
      const jurorIds = [...new Set(items.map((item) => item.ballot.jurorId).filter((id) => UUID.test(id)))];
      // One round trip: begin, lock shared, then — a new statement, so a new snapshot that sees every command
      // committed before the lock was granted — the stage and a flush number; then who of these may vote.
      open = true;
      const results = (await client.query(
        `BEGIN ISOLATION LEVEL READ COMMITTED;
         SET LOCAL lock_timeout = '5s';
         SELECT pg_advisory_xact_lock_shared(hashtextextended('${campaignId}', 0));
         SELECT c.stage, EXISTS (SELECT 1 FROM jury_paper_counts p WHERE p.campaign_id = c.id) AS paper, nextval('jury_flush_seq')::text AS flush
         FROM campaigns c WHERE c.id = '${campaignId}';`,
      )) as unknown as { rows: SqlRow[] }[];
      const roster = await client.query(ENTITLEMENT_SQL, [campaignId, jurorIds]);
      const state = results[3].rows[0] as { stage: CampaignStage; paper: boolean; flush: string } | undefined;
      const rostered = new Map((roster.rows as { juror_id: string; entitled: boolean; revoked: boolean }[]).map((r) => [r.juror_id, r]));
      for (const item of items) {
        const juror = rostered.get(item.ballot.jurorId);
        if (!juror?.entitled) refusedOne.set(item, juror?.revoked ? revokedJuror() : notAJuror());
      }
      const entitled = items.filter((item) => !refusedOne.has(item));
      if (!state) refusal = campaignNotFound(campaignId);
      else if (state.stage !== 'jury') refusal = juryStageRefusal(state.stage);
      else if (state.paper) {
        refusal = conflict('jury.paper-count-recorded', 'This jury voted on paper; electronic ballots are not accepted.');
      }
      if (refusal || entitled.length === 0) {
        await client.query('ROLLBACK');
        open = false;
      } else {
        const base = BigInt(state!.flush) * SEQ_PER_FLUSH;
        const acceptedAt = new Date().toISOString();
        const ballots: AcceptedBallot[] = entitled.map(({ ballot }, i) => {
          const content = { ballotId: ballot.ballotId, voter: ballot.voter, seq: (base + BigInt(i)).toString(), marks: ballot.marks, receipt: ballot.receipt };
          return { ...content, acceptedAt, signature: this.credentials.acceptanceSignature(campaignId, content) };
        });
        const batch: JuryBallotBatchJobData = { batchId: randomUUID(), campaignId, ballots };
        committing = true;
        await client.query(
          recordIntakeAndCommitSql(
            batch.batchId,
            campaignId,
            client.escapeLiteral(JSON.stringify(ballots)),
            Number(BigInt(state!.flush) % 16n),
            ballots.length,
          ),
        );
        open = false;
        accepted = new Map(entitled.map((item, i) => [item, ballots[i].seq]));
        // Answered as soon as PostgreSQL holds the batch: the answer never waits for Redis (the sweeper finishes
        // the hand-over if Redis is slow or away). The flush's slot is held until the job is queued, so that under
        // load the next batches grow instead of multiplying jobs.
        for (const [item, seq] of accepted) item.resolve(seq);
        answered = true;
        await this.enqueue(batch);
      }
    } catch (err) {
      this.logger.error(`Ballot flush of ${items.length} for campaign ${campaignId} failed: ${(err as Error).message}`);
      if (checkedOut && open) await checkedOut.client.query('ROLLBACK').catch(() => undefined);
      if (!answered) {
        accepted = undefined;
        refusedOne.clear();
        refusal = unavailable(committing);
      }
    } finally {
      // A connection whose transaction could not be closed cleanly is discarded, not reused.
      checkedOut?.release(open);
    }
    for (const item of items) {
      if (answered && accepted?.has(item)) continue;
      const seq = accepted?.get(item);
      if (seq !== undefined) item.resolve(seq);
      else item.reject(refusal ?? refusedOne.get(item));
    }
  }
}
