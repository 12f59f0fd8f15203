import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a juror's first ballot was accepted (`voted_at`, set by the api's ballot flush under the campaign's shared
 * lock). With `used_at` (first opened) and `revoked_at` it says where her code stands — not opened, opened, voted,
 * revoked — and who may cast a counted ballot at all: a rostered juror whose code was opened and not revoked.
 */
export class JurorVoted1764830000000 implements MigrationInterface {
  name = 'JurorVoted1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jury_jurors ADD COLUMN voted_at timestamptz`);
    await q.query(`COMMENT ON COLUMN jury_jurors.used_at IS 'first time the code was opened (exchanged for a ballot token)'`);
    // Ballots accepted before this column existed: each counted or superseded one is in jury_submissions.
    await q.query(`
      UPDATE jury_jurors j SET voted_at = s.first_accepted
      FROM (SELECT juror_id, min(accepted_at) AS first_accepted FROM jury_submissions GROUP BY juror_id) s
      WHERE s.juror_id = j.juror_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jury_jurors DROP COLUMN voted_at`);
  }
}
