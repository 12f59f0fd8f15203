import type { CommandEnvelope } from './command-envelope';

/**
 * Base of every command class dispatched on the CommandBus by the worker. Its `type` (set by
 * @SelectionCommandType) is the BullMQ job name and the `type` stored with the command row.
 */
export abstract class SelectionCommand<TPayload = unknown> {
  static readonly type: string;
  constructor(readonly envelope: CommandEnvelope<TPayload>) {}
}

export type SelectionCommandClass = (new (envelope: CommandEnvelope<never>) => SelectionCommand<unknown>) & { readonly type: string };

const declaredCommands = new Set<SelectionCommandClass>();

/**
 * Names a command: the one place a command is registered. The name is its job name and stored type (never rename
 * one: commands already stored carry it). Every declared class must have exactly one @CommandHandler in the
 * worker, which checks this when it starts (apps/worker/src/processors/command-registry.ts).
 */
export function SelectionCommandType(type: string) {
  return (target: SelectionCommandClass): void => {
    Object.defineProperty(target, 'type', { value: type, enumerable: true });
    declaredCommands.add(target);
  };
}

/** Every command class declared so far by the modules loaded in this process. */
export const declaredSelectionCommands = (): readonly SelectionCommandClass[] => [...declaredCommands];
