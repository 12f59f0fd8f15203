import type { ParseArgsConfig } from 'node:util';
import type { DataSource } from 'typeorm';

/** What every administrator command gets: the database, opened on first use and closed after the command. */
export interface AdminContext {
  dataSource(): Promise<DataSource>;
  print(line: string): void;
}

/** One `npm run admin -- <name> …` command; each lives in its own file under commands/ and is listed in the registry. */
export interface AdminCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | undefined>, context: AdminContext): Promise<void>;
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

export function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}
