import { type DataSource, type EntityManager } from 'typeorm';

export type OrganisationRequestOutcome<T> = { readonly kind: 'done'; readonly response: T } | { readonly kind: 'key-reused' };

class AlreadyAnswered extends Error {}

/**
 * Applies an organisation change once per actor + idempotency key: the change and the remembered answer commit
 * together, so a retry gets the first answer and changes nothing. A refused change is not remembered (it changed
 * nothing; a retry is judged again).
 */
export async function applyOnce<T>(
  dataSource: DataSource,
  actorId: string,
  idempotencyKey: string,
  fingerprint: string,
  change: (m: EntityManager) => Promise<T>,
): Promise<OrganisationRequestOutcome<T>> {
  try {
    const response = await dataSource.transaction(async (m) => {
      const earlier = await m.query(`SELECT 1 FROM organisation_requests WHERE actor_id = $1 AND idempotency_key = $2`, [actorId, idempotencyKey]);
      if (earlier.length) throw new AlreadyAnswered();
      const result = await change(m);
      // A concurrent twin with the same key waits here on the primary key and then inserts nothing: it rolls back.
      const stored = await m.query(
        `INSERT INTO organisation_requests (actor_id, idempotency_key, fingerprint, response) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING actor_id`,
        [actorId, idempotencyKey, fingerprint, JSON.stringify(result ?? null)],
      );
      if (stored.length === 0) throw new AlreadyAnswered();
      return result;
    });
    return { kind: 'done', response };
  } catch (err) {
    if (!(err instanceof AlreadyAnswered)) throw err;
    const [row] = await dataSource.query(`SELECT fingerprint, response FROM organisation_requests WHERE actor_id = $1 AND idempotency_key = $2`, [
      actorId,
      idempotencyKey,
    ]);
    return row.fingerprint === fingerprint ? { kind: 'done', response: row.response as T } : { kind: 'key-reused' };
  }
}
