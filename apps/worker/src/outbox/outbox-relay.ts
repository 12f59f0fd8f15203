import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { CommandTransaction, toStoredEvent } from '@app/database';
import { type EventJobData, EventJobName, QueueName } from '@app/queue';

const BATCH = 500;
const POLL_MS = 500;

/**
 * Moves committed events from the outbox to the events queue. Rows are locked with SKIP LOCKED, so any number
 * of workers may relay at once; a crash between enqueue and commit re-sends, and the job id (the event's
 * sequence) plus idempotent consumers make that harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Events) private readonly events: Queue<EventJobData>,
    private readonly commands: CommandTransaction,
  ) {}

  onApplicationBootstrap(): void {
    this.commands.committed.on('committed', () => void this.relay());
    this.timer = setInterval(() => void this.relay(), POLL_MS);
    void this.relay();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Relays until the outbox is empty; concurrent calls fold into one extra pass. */
  async relay(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        while (!this.stopped && (await this.relayBatch()) === BATCH);
      } while (this.again && !this.stopped);
    } catch (err) {
      this.logger.warn(`Outbox relay paused: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = await m.query(
        `SELECT e.* FROM outbox o JOIN events e ON e.seq = o.event_seq
         WHERE o.published_at IS NULL ORDER BY o.event_seq LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const jobs = rows.map(toStoredEvent).map((e: ReturnType<typeof toStoredEvent>) => ({
        name: EventJobName.DomainEventPublished,
        data: {
          seq: e.seq, id: e.id, campaignId: e.campaignId, version: e.version, type: e.type,
          payload: e.payload, actorId: e.actorId, occurredAt: e.occurredAt.toISOString(),
        },
        opts: { jobId: `event-${e.seq}` },
      }));
      await this.events.addBulk(jobs);
      await m.query(`UPDATE outbox SET published_at = now() WHERE event_seq = ANY($1::bigint[])`, [rows.map((r: { seq: string }) => r.seq)]);
      return rows.length;
    });
  }
}
