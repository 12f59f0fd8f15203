import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files a candidate attaches to her proposal (issue 17), kept in PostgreSQL: the file as uploaded, and — when
 * stripping its metadata changed it — the copy blind reviewers get. Outside the campaign's hash-chained history on
 * purpose: a file is personal data that erasure must be able to delete. One upload per candidate + Idempotency-Key.
 */
export class ProposalAttachments1765550100000 implements MigrationInterface {
  name = 'ProposalAttachments1765550100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal_attachments (
        id uuid PRIMARY KEY,
        candidacy_id uuid NOT NULL REFERENCES candidacies (id),
        campaign_id uuid NOT NULL REFERENCES campaigns (id),
        candidate_id text NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        blind_content bytea,
        idempotency_key text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proposal_attachments_once UNIQUE (candidate_id, idempotency_key)
      )`);
    await q.query(
      `COMMENT ON COLUMN proposal_attachments.blind_content IS 'the file without identifying metadata, for blind review; NULL when stripping changed nothing'`,
    );
    await q.query(`CREATE INDEX proposal_attachments_candidacy ON proposal_attachments (candidacy_id, uploaded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposal_attachments`);
  }
}
