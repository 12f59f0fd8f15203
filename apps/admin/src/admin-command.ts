import type { AdminContext } from './admin-context';

/** The options of one command line: `--name value`, and `--flag` alone for true. */
export type AdminOptions = Readonly<Record<string, string | true>>;

/** One administrator command (one file each under commands/). Throws AdminUsageError for bad options. */
export interface AdminCommand {
  readonly name: string;
  readonly usage: string;
  run(options: AdminOptions, context: AdminContext): Promise<void>;
}

export class AdminUsageError extends Error {}

export function parseOptions(args: readonly string[]): AdminOptions {
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new AdminUsageError(`unexpected argument "${arg}"`);
    const next = args[i + 1];
    if (next === undefined || next.startsWith('--')) options[arg.slice(2)] = true;
    else {
      options[arg.slice(2)] = next;
      i += 1;
    }
  }
  return options;
}

export function textOption(options: AdminOptions, name: string, required: true): string;
export function textOption(options: AdminOptions, name: string, required?: false): string | undefined;
export function textOption(options: AdminOptions, name: string, required = false): string | undefined {
  const value = options[name];
  if (value === true) throw new AdminUsageError(`--${name} needs a value`);
  if (value === undefined && required) throw new AdminUsageError(`--${name} is required`);
  return value;
}
