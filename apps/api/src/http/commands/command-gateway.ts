import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus, Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/auth';
import { type CommandEnvelope, type CommandOutcome, findCommand, recordCommand, type SelectionCommandClass } from '@app/database';
import { CommandQueue, enqueueBestEffort } from '@app/queue';
import { AppConfig } from '@app/config';
import { refusalBody, refusalStatus } from '../errors/refusal-http';
import { CommandOutcomeWaiter } from './command-outcome-waiter';

export interface SendOptions {
  readonly idempotencyKey?: string;
  readonly wait?: boolean;
  readonly waitMs?: number;
  /** Hash of the request as sent (method, path, body): a repeated key must come with the same request. */
  readonly fingerprint?: string;
}

/**
 * The api's one way to change anything: record the command (once per idempotency key), queue it, and either
 * answer 202 at once or wait (bounded) for its outcome.
 */
@Injectable()
export class CommandGateway {
  private readonly logger = new Logger(CommandGateway.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
    private readonly waiter: CommandOutcomeWaiter,
    private readonly config: AppConfig,
  ) {}

  /** `command` is the command's class (its name is the job name), so only a declared command can be sent. */
  async send(command: SelectionCommandClass, campaignId: string, payload: unknown, actor: AuthUser, options: SendOptions): Promise<CommandOutcome> {
    const type = command.type;
    const envelope: CommandEnvelope = {
      commandId: randomUUID(),
      type,
      campaignId,
      payload,
      actor: { id: actor.id, name: actor.name, roles: actor.roles },
    };
    const idempotencyKey = options.idempotencyKey ?? envelope.commandId;
    const recorded = await recordCommand(this.dataSource.manager, envelope, idempotencyKey, options.fingerprint);
    if (recorded.kind === 'key-reused') {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        code: 'idempotency-key.reused',
        message: `Idempotency-Key "${idempotencyKey}" was already used for a different request (command ${recorded.outcome.commandId}).`,
      });
    }
    // A repeat re-queues too: the job id dedupes while the first job exists, and applying is idempotent after.
    // The command is accepted once recorded: if Redis is away, the worker's sweeper queues it when Redis is back.
    if (recorded.outcome.status === 'pending') {
      await enqueueBestEffort(
        () => this.queue.enqueue(type, recorded.outcome.commandId),
        (reason) => this.logger.warn(`Command ${recorded.outcome.commandId} is recorded but not yet queued (${reason}); the worker's sweeper will queue it`),
      );
    }
    if (!options.wait || recorded.outcome.status !== 'pending') return recorded.outcome;
    const waitMs = Math.min(options.waitMs ?? 10000, this.config.COMMAND_WAIT_MAX_MS);
    return this.waiter.waitFor(recorded.outcome.commandId, waitMs);
  }

  async find(commandId: string) {
    return findCommand(this.dataSource.manager, commandId);
  }

  /** Turns an outcome into the HTTP answer: 202 pending, 200 succeeded, 409/422/403/404 rejected, 500 failed. */
  static respond(outcome: CommandOutcome, res: { status(code: number): unknown }): CommandOutcome {
    if (outcome.status === 'pending') {
      res.status(HttpStatus.ACCEPTED);
      return outcome;
    }
    if ((outcome.status === 'rejected' || outcome.status === 'failed') && outcome.error) {
      const status = refusalStatus(outcome.error.kind);
      throw new HttpException(refusalBody(status, outcome.error, { commandId: outcome.commandId }), status);
    }
    res.status(HttpStatus.OK);
    return outcome;
  }
}
