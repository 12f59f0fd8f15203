import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The public notice's PDF, rendered once per campaign and version of the notice (SHA-256 of its HTML). */
export class NoticePdfs1764800000000 implements MigrationInterface {
  name = 'NoticePdfs1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notice_pdfs (
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        notice_sha256 char(64) NOT NULL,
        pdf bytea NOT NULL,
        rendered_at timestamptz NOT NULL DEFAULT now(),
        renders integer NOT NULL DEFAULT 1,
        PRIMARY KEY (campaign_id, notice_sha256)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notice_pdfs`);
  }
}
