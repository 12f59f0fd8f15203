import type { ParseArgsConfig } from 'node:util';
import type { AdminContext } from './admin-context';

/** The parsed options of one command line (`--name value`, `--flag`), checked strictly against the command's own. */
export type AdminOptions = Readonly<Record<string, string | boolean | undefined>>;

/** One `npm run admin -- <name> …` command; each lives in its own file under commands/ and is listed in the registry. */
export interface AdminCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(options: AdminOptions, context: AdminContext): Promise<void>;
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class AdminUsageError extends Error {}

export function textOption(options: AdminOptions, name: string, required: true): string;
export function textOption(options: AdminOptions, name: string, required?: false): string | undefined;
export function textOption(options: AdminOptions, name: string, required = false): string | undefined {
  const value = options[name];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (required) throw new AdminUsageError(`--${name} is required`);
  return undefined;
}
