import type { SqlRow } from '@app/database';

/**
 * The rows of an UPDATE … RETURNING through TypeORM's DataSource.query, which answers `[rows, affected]` for
 * UPDATE and DELETE but plain rows for SELECT and INSERT.
 */
export function returnedRows<T = SqlRow>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
