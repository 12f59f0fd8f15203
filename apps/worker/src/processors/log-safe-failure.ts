import { logSafeError } from '@app/config';

/**
 * The error a failed job keeps in Redis (its failedReason and stack trace, for days): a database error there would
 * otherwise carry the values it was writing — names, phone numbers, marks — so only what the logs may hold is kept.
 */
export function logSafeJobError(err: unknown): Error {
  const safe = logSafeError(err);
  const error = new Error(safe.message);
  error.name = safe.type;
  error.stack = safe.stack ?? `${safe.type}: ${safe.message}`;
  return error;
}

/** Runs a job's work; whatever it throws reaches BullMQ as logSafeJobError. */
export async function withLogSafeFailure<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw logSafeJobError(err);
  }
}
