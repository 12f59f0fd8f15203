import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findStalePendingCommands } from '@app/database';
import { CommandQueue } from '@app/queue';

const SWEEP_MS = 5000;
const STALE_AFTER_MS = 10000;

/**
 * The command row is written before its job is queued; if the queue lost the job (Redis restarted without
 * persistence, the api died between the two), this puts it back. Applying is idempotent, so a duplicate is harmless.
 */
@Injectable()
export class PendingCommandSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingCommandSweeper.name);
  private timer?: NodeJS.Timeout;
  private sweeping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commandQueue: CommandQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    let requeued = 0;
    try {
      for (const command of await findStalePendingCommands(this.dataSource.manager, STALE_AFTER_MS)) {
        const job = await this.commandQueue.queue.getJob(command.commandId);
        const state = job ? await job.getState() : 'missing';
        if (['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'].includes(state)) continue;
        await this.commandQueue.enqueue(command.type, command.commandId, `:retry-${Date.now()}`);
        requeued += 1;
      }
      if (requeued) this.logger.warn(`Re-queued ${requeued} pending command(s) whose jobs were lost`);
    } catch (err) {
      this.logger.warn(`Sweep skipped: ${(err as Error).message}`);
    } finally {
      this.sweeping = false;
    }
    return requeued;
  }
}
