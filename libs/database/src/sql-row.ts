/**
 * One row of a raw SQL answer (`query(...)`). Its columns are named and typed by the SQL text beside it, which
 * TypeScript cannot read; each reader maps the row to a typed value at once, next to the query.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the column types come from the SQL text, not from TypeScript
export type SqlRow = Record<string, any>;
