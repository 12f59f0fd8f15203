import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { type CommandOutcome, findCommand } from '@app/database';
import { QueueName, queueConnection } from '@app/queue';

const FALLBACK_POLL_MS = 250;

/**
 * Waits for a command's outcome: woken by BullMQ's completed events, with a slow poll of the command row as a
 * fallback (a job may be re-queued under another id). PostgreSQL stays the source of truth.
 */
@Injectable()
export class CommandOutcomeWaiter implements OnModuleInit, OnModuleDestroy {
  private queueEvents?: QueueEvents;
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queueEvents = new QueueEvents(QueueName.Commands, { connection: queueConnection(this.config), prefix: this.config.QUEUE_PREFIX });
    this.queueEvents.on('completed', ({ jobId }) => this.wake(jobId.split(':')[0]));
    this.queueEvents.on('error', () => undefined); // reconnects by itself; the poll covers the gap
  }

  async onModuleDestroy(): Promise<void> {
    await this.queueEvents?.close();
  }

  async waitFor(commandId: string, timeoutMs: number): Promise<CommandOutcome> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const outcome = await findCommand(this.dataSource.manager, commandId);
      if (!outcome) throw new Error(`Command ${commandId} is not recorded`);
      const remaining = deadline - Date.now();
      if (outcome.status !== 'pending' || remaining <= 0) {
        const { actorId: _actorId, ...rest } = outcome;
        return rest;
      }
      await this.sleepUntilWoken(commandId, Math.min(remaining, FALLBACK_POLL_MS));
    }
  }

  private wake(commandId: string): void {
    this.waiting.get(commandId)?.forEach((resolve) => resolve());
  }

  private sleepUntilWoken(commandId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiting.get(commandId) ?? new Set();
      this.waiting.set(commandId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) this.waiting.delete(commandId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });
  }
}
