import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JURY_ACCEPT_BATCH_FUNCTION } from './1765710000000-jury-intake-columns';

/**
 * The ballot path's flush, cheaper for PostgreSQL (issue 15); same answers, same rows:
 * - jury_accept_batch looks each juror of a flush up by her key. Before, the roster check was a join the planner was
 *   free to turn around: with the roster's statistics stale (jurors imported moments before the jury opens), it read
 *   the campaign's whole roster for every flush (5,000 rows for 16 ballots, 1.2 ms) and hashed it. LIMIT 1 inside a
 *   LATERAL subquery keeps it one primary-key probe per ballot, whatever the statistics say;
 * - a jury_intake row (a flush: ~150 bytes a ballot) stays in the table's own page up to 8 KB instead of being
 *   compressed and moved out to TOAST past 2 KB: it lives for milliseconds, and compressing and storing it twice
 *   cost more than the bytes saved.
 */
export class JuryIntakeFastPath1765800000000 implements MigrationInterface {
  name = 'JuryIntakeFastPath1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(JURY_ACCEPT_BATCH_BY_KEY_FUNCTION);
    await q.query(`ALTER TABLE jury_intake SET (toast_tuple_target = 8160)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jury_intake RESET (toast_tuple_target)`);
    await q.query(JURY_ACCEPT_BATCH_FUNCTION);
  }
}

const ROSTER_JOIN = `
      LEFT JOIN jury_jurors j ON j.juror_id = t.juror_id AND j.campaign_id = p_campaign`;
const ROSTER_PROBE = `
      LEFT JOIN LATERAL (
        SELECT r.used_at, r.revoked_at FROM jury_jurors r WHERE r.juror_id = t.juror_id AND r.campaign_id = p_campaign LIMIT 1
      ) j ON true`;

if (!JURY_ACCEPT_BATCH_FUNCTION.includes(ROSTER_JOIN)) throw new Error('jury_accept_batch: the roster join to replace was not found');

/** The function of migration 1765710000000 (which says what it does), its roster check made a key probe. */
export const JURY_ACCEPT_BATCH_BY_KEY_FUNCTION = JURY_ACCEPT_BATCH_FUNCTION.replace(ROSTER_JOIN, ROSTER_PROBE);
