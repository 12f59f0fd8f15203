import type { Role } from '@app/domain';

/** The actor as the API authenticated her; recorded with the command and its events. */
export interface CommandActor {
  readonly id: string;
  readonly name?: string;
  readonly roles: readonly Role[];
}

/** A command as it travels API → queue → worker: the stored row's id is the job id. */
export interface CommandEnvelope<TPayload = unknown> {
  readonly commandId: string;
  readonly type: string;
  readonly campaignId: string;
  readonly payload: TPayload;
  readonly actor: CommandActor;
}

/** failed: the command hit a defect in our code; it was not applied, and retrying it would fail the same way. */
export type CommandStatus = 'pending' | 'succeeded' | 'rejected' | 'failed';

export interface CommandRejection {
  readonly code: string;
  readonly message: string;
  readonly kind: 'conflict' | 'invalid' | 'forbidden' | 'not-found' | 'unauthenticated' | 'internal';
  readonly field?: string;
  /** The refusal's variable parts (see RefusalParams in libs/domain), for clients that word it themselves. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What a client learns about a command: `GET /commands/:id` and `?wait=true` both answer with this. */
export interface CommandOutcome {
  readonly commandId: string;
  readonly type: string;
  readonly campaignId: string;
  readonly status: CommandStatus;
  readonly result?: unknown;
  readonly error?: CommandRejection;
  readonly createdAt: string;
  readonly completedAt?: string;
}
