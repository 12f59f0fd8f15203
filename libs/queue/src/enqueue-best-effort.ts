/** How long a request waits for Redis to take a job whose contents PostgreSQL already holds. */
export const HANDOVER_TIMEOUT_MS = 1500;

/**
 * Hands a job to Redis without letting a Redis outage hold up the caller. Only for jobs whose contents are already
 * committed in PostgreSQL: if this hand-over does not happen, a worker's sweeper queues the job later (same job
 * id, so a late arrival of this one is a no-op). Resolves true when Redis took it in time.
 */
export async function enqueueBestEffort(add: () => Promise<unknown>, onFailure: (reason: string) => void, timeoutMs = HANDOVER_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const added = add().then(
    () => 'added' as const,
    (err: Error) => err,
  );
  const outcome = await Promise.race([added, timeout]);
  clearTimeout(timer);
  if (outcome === 'added') return true;
  onFailure(outcome === 'timeout' ? `Redis did not answer in ${timeoutMs} ms` : outcome.message);
  return false;
}
