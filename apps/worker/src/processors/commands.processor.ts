import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { type CommandEnvelope, loadEnvelope } from '@app/database';
import { type CommandJobData, QueueName } from '@app/queue';
import { workerOptions } from '../worker-options';
import { withLogSafeFailure } from './log-safe-failure';
import { CommandRegistry } from './command-registry';

/** Hands each command job to the CommandBus; the handler and the command transaction do the rest. */
@Processor(QueueName.Commands, workerOptions())
export class CommandsProcessor extends WorkerHost {
  private readonly logger = new Logger(CommandsProcessor.name);

  constructor(
    private readonly commandBus: CommandBus,
    private readonly registry: CommandRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  process(job: Job<CommandJobData>): Promise<unknown> {
    return withLogSafeFailure(() => this.apply(job));
  }

  private async apply(job: Job<CommandJobData>): Promise<unknown> {
    const CommandClass = this.registry.get(job.name);
    if (!CommandClass) throw new Error(`No command class for job "${job.name}"`);
    const envelope = await loadEnvelope(this.dataSource.manager, job.data.commandId);
    if (!envelope) {
      this.logger.warn(`Job ${job.id}: command ${job.data.commandId} is not recorded; skipped`);
      return { skipped: true };
    }
    // The api validated the payload against this command's DTO before it stored the envelope.
    const outcome = await this.commandBus.execute(new CommandClass(envelope as CommandEnvelope<never>));
    return { status: (outcome as { status: string }).status };
  }
}
