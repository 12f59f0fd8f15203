import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { findStalePendingCommands } from '@app/database';
import { CommandQueue } from '@app/queue';
import { jobState } from './job-state';
import { PeriodicSweeper } from './periodic-sweeper';

/**
 * The command row is written before its job is queued; if the queue lost the job (Redis restarted without
 * persistence, Redis was away when the api queued it, the api died between the two), this puts it back.
 * Applying is idempotent, so a duplicate is harmless.
 */
@Injectable()
export class PendingCommandSweeper extends PeriodicSweeper {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commandQueue: CommandQueue,
    private readonly config: AppConfig,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async sweepOnce(): Promise<number> {
    let requeued = 0;
    for (const command of await findStalePendingCommands(this.dataSource.manager, this.config.SWEEP_STALE_AFTER_MS)) {
      const state = await jobState(this.commandQueue.queue, command.commandId);
      if (state === 'in-flight') continue;
      // A finished job keeps its id for a while: a new one needs another (the waiter reads the part before ':').
      await this.commandQueue.enqueue(command.type, command.commandId, state === 'missing' ? '' : `:retry-${Date.now()}`);
      requeued += 1;
    }
    return requeued;
  }

  protected describe(requeued: number): string {
    return `Re-queued ${requeued} pending command(s) whose jobs were lost`;
  }
}
