import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DatabaseError, type Pool } from 'pg';
import { AppConfig } from '@app/config';
import { type CheckedOut, checkOut, dedicatedPool } from '@app/database';
import { type CampaignStage, conflict, type DomainError, forbidden, notFound, stageIndex, CANONICAL_UUID } from '@app/domain';
import { BALLOT_BATCH_RETENTION, enqueueBestEffort, type JuryBallotBatchJobData, JuryJobName, QueueName } from '@app/queue';
import { RetryLaterError } from './retry-later';

/**
 * A ballot checked by the api and waiting for its flush. The juror id is for the roster check only; what is
 * written (intake, ballot tables) carries her voter pseudonym instead.
 */
export interface IntakeBallot {
  readonly campaignId: string;
  readonly jurorId: string;
  /** Her voter pseudonym (JuryCredentials.voter), never her juror id. */
  readonly voter: string;
  readonly ballotId: string;
  /** Scores (score mode) or 1/0 (approval mode), in ballot-paper order. */
  readonly marks: readonly number[];
  readonly receipt: string;
}

interface Waiting {
  readonly ballot: IntakeBallot;
  resolve(seq: string): void;
  reject(err: unknown): void;
}

interface CampaignBuffer {
  items: Waiting[];
  timer?: { readonly immediate?: NodeJS.Immediate; readonly timeout?: NodeJS.Timeout };
  /** The oldest waiting ballot has waited long enough: flush as soon as a slot is free. */
  due: boolean;
  inflight: number;
}

/**
 * Flushes of one campaign in flight at once: a slow flush does not hold up every ballot that arrives meanwhile, and
 * while two run the next batch fills up (more in flight would only make the batches smaller and the work per ballot
 * larger: each flush is a round trip, a statement and a job).
 */
const MAX_INFLIGHT_PER_CAMPAIGN = 2;
/** The whole flush in one round trip: jury_accept_batch (migration 1765710000000) says what it does. */
const ACCEPT_BATCH_SQL = 'SELECT r_place, r_outcome, r_seq, r_stage FROM jury_accept_batch($1, $2, $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[])';
/** Batches one counting job names at most: one statement, one transaction of bounded size. */
const MAX_BATCHES_PER_JOB = 200;

interface FlushRow {
  readonly r_place: number;
  readonly r_outcome: 'accepted' | 'not-a-juror' | 'revoked' | 'not-found' | 'stage' | 'paper';
  readonly r_seq: string | null;
  readonly r_stage: CampaignStage | null;
}

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
/**
 * An array parameter written as PostgreSQL's array literal directly: every element is a UUID, hex digits, a quoted
 * list of integers or NULL, made by this process, so nothing needs escaping (pg's own array writer escapes each
 * element, a few µs a flush for nothing).
 */
const arrayLiteral = (items: readonly Waiting[], element: (ballot: IntakeBallot) => string): string => {
  let literal = '{';
  for (let i = 0; i < items.length; i += 1) literal += (i ? ',' : '') + element(items[i].ballot);
  return `${literal}}`;
};
const campaignNotFound = (campaignId: string) => notFound('campaign.not-found', `Campaign ${campaignId} does not exist.`, undefined, { campaignId });

export const juryStageRefusal = (stage: CampaignStage): DomainError =>
  stageIndex(stage) < stageIndex('jury')
    ? conflict('jury.not-open', `The jury is not open yet: the campaign is in stage "${stage}".`, undefined, { stage })
    : conflict('jury.closed', `The jury has closed: the campaign is in stage "${stage}"; ballots are no longer accepted.`, undefined, { stage });

/**
 * The ballot path's hand-over. Ballots of one campaign are collected while a flush is running (or for at most
 * JURY_BATCH_MS, or until JURY_BATCH_MAX), then flushed as ONE batch; every ballot of the flush is answered only after
 * PostgreSQL has committed it.
 *
 * A flush is one round trip, one short transaction (`jury_accept_batch`): it takes the campaign's advisory lock
 * SHARED — commands take it exclusively — and reads the stage; keeps the ballots of jurors who may vote (on the
 * roster, code opened, not revoked: a signed token alone is not enough), numbers them, writes them as one row of
 * jury_intake, adds their count to the campaign's received counter and commits. So the jury's close (a stage command)
 * and intake are serialised: a ballot is accepted only if its flush saw stage "jury", and every flush that saw it has
 * committed before the close can. The ballots are answered at once; within JURY_HANDOVER_MS the batch is named to
 * BullMQ in one job with the campaign's other batches committed meanwhile, best effort: if Redis is slow, away or later
 * restarts empty, a worker's sweeper queues it again from jury_intake. The worker reads the ballots from jury_intake, never from Redis. Nothing
 * accepted is ever dropped, nothing is accepted after the close. Up to two flushes of a campaign run at once; while
 * they run the next batch fills up, so batches grow with load.
 */
@Injectable()
export class BallotIngestor implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(BallotIngestor.name);
  private readonly buffers = new Map<string, CampaignBuffer>();
  /** Committed batches not yet named to BullMQ: batch ids by campaign. */
  private readonly toQueue = new Map<string, string[]>();
  private queueing?: Promise<void>;
  private readonly batchMs: number;
  private readonly batchMax: number;
  private readonly handoverMs: number;
  private draining = false;
  /** Its own small pool, so that intake never queues behind other api queries for a connection. */
  private readonly pool: Pool;

  constructor(
    @InjectQueue(QueueName.JuryBallots) private readonly queue: Queue<JuryBallotBatchJobData>,
    config: AppConfig,
  ) {
    this.batchMs = config.JURY_BATCH_MS;
    this.batchMax = config.JURY_BATCH_MAX;
    this.handoverMs = config.JURY_HANDOVER_MS;
    this.pool = dedicatedPool(config.DATABASE_URL, { name: 'jury-intake', max: MAX_INFLIGHT_PER_CAMPAIGN + 2 }, this.logger);
  }

  /** Resolves with the ballot's acceptance sequence once its batch is durably queued; rejects with a DomainError or RetryLaterError. */
  submit(ballot: IntakeBallot): Promise<string> {
    if (!CANONICAL_UUID.test(ballot.campaignId)) return Promise.reject(campaignNotFound(ballot.campaignId));
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
    this.draining = true;
    for (const [id, buffer] of this.buffers) {
      buffer.due = true;
      this.pump(id, buffer);
    }
    const deadline = Date.now() + 10_000;
    while (([...this.buffers.values()].some((b) => b.items.length || b.inflight) || this.queueing) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
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
      this.cancelWait(buffer);
      if (buffer.inflight === 0) this.buffers.delete(campaignId);
    } else if (!buffer.due && !buffer.timer) {
      const due = () => {
        buffer.timer = undefined;
        buffer.due = true;
        this.pump(campaignId, buffer);
      };
      // Nothing in flight: go once the requests that arrived with this one have been read (the same turn of the
      // event loop), so a lone ballot waits for nothing. Otherwise wait for a flush to finish, or JURY_BATCH_MS.
      buffer.timer = buffer.inflight === 0 ? { immediate: setImmediate(due) } : { timeout: setTimeout(due, this.batchMs) };
    }
  }

  private cancelWait(buffer: CampaignBuffer): void {
    if (buffer.timer?.immediate) clearImmediate(buffer.timer.immediate);
    if (buffer.timer?.timeout) clearTimeout(buffer.timer.timeout);
    buffer.timer = undefined;
  }

  /**
   * Batches committed and answered, waiting to be named to BullMQ: every JURY_HANDOVER_MS, one addBulk takes every
   * batch committed meanwhile, as one job per campaign. So the hand-over never holds up a flush, and the worker counts
   * a few larger jobs rather than one per flush (BullMQ's own work is per job, about a millisecond of worker CPU).
   */
  private handOver(campaignId: string, batchId: string): void {
    const waiting = this.toQueue.get(campaignId);
    if (waiting) waiting.push(batchId);
    else this.toQueue.set(campaignId, [batchId]);
    if (!this.queueing) this.queueing = this.queueWaiting().finally(() => (this.queueing = undefined));
  }

  private async queueWaiting(): Promise<void> {
    while (this.toQueue.size > 0) {
      if (this.handoverMs > 0 && !this.draining) await new Promise((resolve) => setTimeout(resolve, this.handoverMs));
      const jobs: JuryBallotBatchJobData[] = [];
      for (const [campaignId, batchIds] of this.toQueue)
        for (let i = 0; i < batchIds.length; i += MAX_BATCHES_PER_JOB) jobs.push({ campaignId, batchIds: batchIds.slice(i, i + MAX_BATCHES_PER_JOB) });
      this.toQueue.clear();
      const named = jobs.reduce((sum, job) => sum + job.batchIds.length, 0);
      await enqueueBestEffort(
        // The job id is its first batch's: the sweeper asks BullMQ by that id whether a stale batch is still queued.
        () =>
          this.queue.addBulk(jobs.map((job) => ({ name: JuryJobName.BallotBatch, data: job, opts: { jobId: job.batchIds[0], ...BALLOT_BATCH_RETENTION } }))),
        (reason) => this.logger.warn(`${named} ballot batch(es) are committed but not yet queued (${reason}); the worker's sweeper will queue them`),
      ).catch(() => undefined);
    }
  }

  private async flushBatch(campaignId: string, items: Waiting[]): Promise<void> {
    const batchId = randomUUID();
    let rows: FlushRow[];
    let checkedOut: CheckedOut | undefined;
    let sent = false;
    try {
      checkedOut = await checkOut(this.pool);
      sent = true;
      // Called in autocommit: the function is the transaction. If the connection fails after sending, the batch may
      // or may not have been committed — the answer says so, and a resend with the same Idempotency-Key is one ballot.
      rows = // A named statement: each intake connection parses it once, not once per flush.
        (
          await checkedOut.client.query<FlushRow>({
            name: 'jury-accept-batch',
            text: ACCEPT_BATCH_SQL,
            values: [
              campaignId,
              batchId,
              arrayLiteral(items, (b) => (CANONICAL_UUID.test(b.jurorId) ? b.jurorId : 'NULL')),
              arrayLiteral(items, (b) => b.ballotId),
              arrayLiteral(items, (b) => b.voter),
              arrayLiteral(items, (b) => `"{${b.marks.join(',')}}"`),
              arrayLiteral(items, (b) => b.receipt),
            ],
          })
        ).rows;
      checkedOut.release();
    } catch (err) {
      this.logger.error(`Ballot flush of ${items.length} for campaign ${campaignId} failed: ${(err as Error).message}`);
      checkedOut?.release(true);
      // PostgreSQL refused the statement (a lock timeout, say): it rolled back. A connection lost after sending: unknown.
      const retry = unavailable(sent && !(err instanceof DatabaseError));
      for (const item of items) item.reject(retry);
      return;
    }
    const whole = rows.length === 1 && rows[0].r_place === 0 ? rows[0] : undefined;
    if (whole) {
      const refusal =
        whole.r_outcome === 'not-found'
          ? campaignNotFound(campaignId)
          : whole.r_outcome === 'paper'
            ? conflict('jury.paper-count-recorded', 'This jury voted on paper; electronic ballots are not accepted.')
            : juryStageRefusal(whole.r_stage as CampaignStage);
      for (const item of items) item.reject(refusal);
      return;
    }
    let accepted = 0;
    const answered = new Set<number>();
    for (const row of rows) {
      const item = items[row.r_place - 1];
      answered.add(row.r_place - 1);
      if (row.r_outcome === 'accepted') {
        accepted += 1;
        item.resolve(row.r_seq!);
      } else item.reject(row.r_outcome === 'revoked' ? revokedJuror() : notAJuror());
    }
    // The function answers every ballot it was given; should one ever go unanswered, it is told so, never left waiting.
    items.forEach((item, i) => answered.has(i) || item.reject(unavailable(true)));
    // Answered as soon as PostgreSQL holds the batch: neither the answer nor the next flush waits for Redis.
    if (accepted > 0) this.handOver(campaignId, batchId);
  }
}
