import type { CommandEnvelope } from './command-envelope';

/**
 * Base of every command class dispatched on the CommandBus by the worker. The static `type` is the BullMQ job
 * name and the `type` stored with the command row.
 */
export abstract class SelectionCommand<TPayload = unknown> {
  static readonly type: string;
  constructor(readonly envelope: CommandEnvelope<TPayload>) {}
}

export type SelectionCommandClass = (new (envelope: CommandEnvelope<never>) => SelectionCommand<unknown>) & { readonly type: string };
