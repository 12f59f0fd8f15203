import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, ConflictException, ForbiddenException, HttpException, Injectable, Logger, NotFoundException, type OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Pool } from 'pg';
import { type CheckedOut, checkOut } from '@app/database';
import { AppConfig } from '@app/config';
import { stageIndex, type CampaignStage } from '@app/domain';
import { type AcceptedBallot, enqueueBestEffort, type JuryBallotBatchJobData, JuryJobName, QueueName } from '@app/queue';
import type { SqlRow } from '@app/database';

/**
 * A ballot checked by the api and waiting to be handed to the queue. The juror id is for the door's check against
 * the roster only; what is written (intake, queue, ballot tables) carries her voter pseudonym instead.
 */
export type IntakeBallot = Omit<AcceptedBallot, 'seq' | 'acceptedAt'> & { readonly campaignId: string; readonly jurorId: string };

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
/** Writes the batch and moves the received counter (one of the campaign's 16 rows) in one statement. */
const RECORD_INTAKE_SQL = `
WITH intake AS (INSERT INTO jury_intake (batch_id, campaign_id, ballots) VALUES ($1, $2, $3::jsonb))
INSERT INTO jury_counters (campaign_id, shard, received) VALUES ($2, $4, $5)
ON CONFLICT (campaign_id, shard) DO UPDATE SET received = jury_counters.received + excluded.received`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Who may vote: a juror of this campaign whose code was opened and not revoked. The statement returns, for each
 * juror of the flush found on the campaign's roster, whether she is entitled, and marks the entitled ones' first
 * ballot (voted: a flag, not a time, so that the roster cannot be lined up with the ballots' acceptance) — in juror order, so concurrent flushes never deadlock on the rows. Ids are inlined: each is a
 * checked UUID (the flush is one simple-protocol round trip).
 */
const entitlementSql = (campaignId: string, jurorIds: readonly string[]) => `
WITH asked AS (SELECT unnest('{${jurorIds.join(',')}}'::uuid[]) AS juror_id),
first_ballots AS (
  SELECT j.juror_id FROM jury_jurors j
  WHERE j.campaign_id = '${campaignId}' AND j.juror_id IN (SELECT juror_id FROM asked)
    AND j.used_at IS NOT NULL AND j.revoked_at IS NULL AND NOT j.voted
  ORDER BY j.juror_id FOR UPDATE
), marked AS (
  UPDATE jury_jurors j SET voted = true FROM first_ballots f WHERE j.juror_id = f.juror_id
)
SELECT j.juror_id, (j.used_at IS NOT NULL AND j.revoked_at IS NULL) AS entitled, j.revoked_at IS NOT NULL AS revoked
FROM jury_jurors j WHERE j.campaign_id = '${campaignId}' AND j.juror_id IN (SELECT juror_id FROM asked)`;

const notAJuror = () =>
  new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: 'jury.not-a-juror',
    message: 'This ballot token does not belong to a juror of this campaign who has opened her code; the ballot was not accepted.',
  });
const revokedJuror = () =>
  new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: 'jury.credential-revoked',
    message: 'The organiser has revoked this juror’s code; the ballot was not accepted. Ask the organiser.',
  });

export const juryStageRefusal = (stage: CampaignStage): HttpException =>
  stageIndex(stage) < stageIndex('jury')
    ? new ConflictException({ statusCode: 409, error: 'Conflict', code: 'jury.not-open', message: `The jury is not open yet: the campaign is in stage "${stage}".` })
    : new ConflictException({ statusCode: 409, error: 'Conflict', code: 'jury.closed', message: `The jury has closed: the campaign is in stage "${stage}"; ballots are no longer accepted.` });

/**
 * The ballot path's hand-over. Ballots of one campaign are collected for JURY_BATCH_MS (or until JURY_BATCH_MAX),
 * then flushed as ONE batch; every ballot of the flush is answered only after PostgreSQL has committed the batch.
 *
 * A flush is one short PostgreSQL transaction of three round trips (never a write per ballot): it takes the
 * campaign's advisory lock SHARED — commands take it exclusively — reads the stage, keeps only the ballots of
 * jurors who may vote (on the roster, code opened, not revoked: a signed token alone is not enough), numbers them, writes
 * the batch to jury_intake and adds the count to the campaign's received counter, and commits. So the jury's close
 * (a stage command) and intake are serialised: a ballot is accepted only if its flush saw stage "jury", and every
 * flush that saw it has committed before the close can. Only then is the batch handed to BullMQ, best effort: if
 * Redis is away (or restarts empty later) a worker's sweeper queues it again from jury_intake. Nothing accepted is
 * ever dropped, nothing is accepted after the close. Up to four flushes of a campaign run at once; while they run
 * the next batch fills up, so batches grow with load.
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
    config: AppConfig,
  ) {
    this.batchMs = config.JURY_BATCH_MS;
    this.batchMax = config.JURY_BATCH_MAX;
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: MAX_INFLIGHT_PER_CAMPAIGN * 2, application_name: 'open-selection-jury-intake' });
    this.pool.on('error', (err) => this.logger.warn(`Intake pool: ${err.message}`));
  }

  /** Resolves with the ballot's acceptance sequence once its batch is durably queued; rejects with an HTTP error. */
  submit(ballot: IntakeBallot): Promise<string> {
    if (!UUID.test(ballot.campaignId)) return Promise.reject(new NotFoundException(`Campaign ${ballot.campaignId} does not exist.`));
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

  private async flushBatch(campaignId: string, items: Waiting[]): Promise<void> {
    let checkedOut: CheckedOut | undefined;
    let accepted: Map<Waiting, string> | undefined;
    /** Ballots refused one by one (not a juror who may vote); the others of the flush go on. */
    const refusedOne = new Map<Waiting, HttpException>();
    let refusal: unknown;
    let open = false;
    /** COMMIT was sent: if its answer is lost, the batch may have been accepted after all. */
    let committing = false;
    try {
      checkedOut = await checkOut(this.pool);
      const { client } = checkedOut;
      const jurorIds = [...new Set(items.map((item) => item.ballot.jurorId).filter((id) => UUID.test(id)))];
      // One round trip: begin, lock shared, then — a new statement, so a new snapshot that sees every command
      // committed before the lock was granted — the stage and a flush number, and who of these may vote. (The
      // ids are checked UUIDs.)
      open = true;
      const results = (await client.query(
        `BEGIN ISOLATION LEVEL READ COMMITTED;
         SET LOCAL lock_timeout = '5s';
         SELECT pg_advisory_xact_lock_shared(hashtextextended('${campaignId}', 0));
         SELECT c.stage, EXISTS (SELECT 1 FROM jury_paper_counts p WHERE p.campaign_id = c.id) AS paper, nextval('jury_flush_seq')::text AS flush
         FROM campaigns c WHERE c.id = '${campaignId}';
         ${entitlementSql(campaignId, jurorIds)}`,
      )) as unknown as { rows: SqlRow[] }[];
      const state = results[3].rows[0] as { stage: CampaignStage; paper: boolean; flush: string } | undefined;
      const rostered = new Map((results[4].rows as { juror_id: string; entitled: boolean; revoked: boolean }[]).map((r) => [r.juror_id, r]));
      for (const item of items) {
        const juror = rostered.get(item.ballot.jurorId);
        if (!juror?.entitled) refusedOne.set(item, juror?.revoked ? revokedJuror() : notAJuror());
      }
      const entitled = items.filter((item) => !refusedOne.has(item));
      if (!state) refusal = new NotFoundException(`Campaign ${campaignId} does not exist.`);
      else if (state.stage !== 'jury') refusal = juryStageRefusal(state.stage);
      else if (state.paper) {
        refusal = new ConflictException({ statusCode: 409, error: 'Conflict', code: 'jury.paper-count-recorded', message: 'This jury voted on paper; electronic ballots are not accepted.' });
      }
      if (refusal || entitled.length === 0) {
        await client.query('ROLLBACK');
        open = false;
      } else {
        const base = BigInt(state!.flush) * SEQ_PER_FLUSH;
        const acceptedAt = new Date().toISOString();
        const ballots: AcceptedBallot[] = entitled.map(({ ballot }, i) => ({
          ballotId: ballot.ballotId, voter: ballot.voter, seq: (base + BigInt(i)).toString(), marks: ballot.marks, receipt: ballot.receipt, acceptedAt,
        }));
        const batch: JuryBallotBatchJobData = { batchId: randomUUID(), campaignId, ballots };
        await client.query(RECORD_INTAKE_SQL, [batch.batchId, campaignId, JSON.stringify(ballots), Number(BigInt(state!.flush) % 16n), ballots.length]);
        committing = true;
        await client.query('COMMIT');
        open = false;
        accepted = new Map(entitled.map((item, i) => [item, ballots[i].seq]));
        await enqueueBestEffort(
          () => this.queue.add(JuryJobName.BallotBatch, batch, { jobId: batch.batchId }),
          (reason) => this.logger.warn(`Ballot batch ${batch.batchId} is committed but not yet queued (${reason}); the worker's sweeper will queue it`),
        );
      }
    } catch (err) {
      this.logger.error(`Ballot flush of ${items.length} for campaign ${campaignId} failed: ${(err as Error).message}`);
      if (checkedOut && open) await checkedOut.client.query('ROLLBACK').catch(() => undefined);
      accepted = undefined;
      refusedOne.clear();
      refusal = new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'jury.intake-unavailable',
        message: committing
          ? 'The database connection failed while accepting the ballot; it may or may not have been accepted. Send it again with the same Idempotency-Key: it stays one ballot.'
          : 'The ballot could not be recorded; it was not accepted. Send it again (with the same Idempotency-Key).',
      });
    } finally {
      // A connection whose transaction could not be closed cleanly is discarded, not reused.
      checkedOut?.release(open);
    }
    for (const item of items) {
      const seq = accepted?.get(item);
      if (seq !== undefined) item.resolve(seq);
      else item.reject(refusal ?? refusedOne.get(item));
    }
  }
}
