import type { SqlRow } from '@app/database';
import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ATTACHMENT_EXTENSIONS, type AttachmentType, stripIdentifyingMetadata } from '@app/domain';

export interface AttachmentView {
  readonly id: string;
  readonly candidacyId: string;
  readonly fileName: string;
  readonly mediaType: AttachmentType;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedAt: string;
}

export interface AttachmentFile {
  readonly fileName: string;
  readonly mediaType: AttachmentType;
  readonly content: Buffer;
}

/** Something that runs SQL: a DataSource, or an EntityManager inside the caller's transaction. */
export interface Sql {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- DataSource, EntityManager and pg Pool each answer differently
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

const COLUMNS = `id, candidacy_id, file_name, media_type, size_bytes, sha256, uploaded_at`;

const view = (r: SqlRow): AttachmentView => ({
  id: r.id,
  candidacyId: r.candidacy_id,
  fileName: r.file_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
});

/**
 * Erasure hook (for the personal-data erasure and crypto-shredding work): deletes every file a person attached to
 * any of her candidacies, in the caller's transaction when given its EntityManager. Returns how many went.
 */
export async function eraseProposalAttachments(sql: Sql, personId: string): Promise<number> {
  const result = await sql.query(`DELETE FROM proposal_attachments WHERE candidate_id = $1`, [personId]);
  // TypeORM answers [rows, affected]; a pg Pool or client, a result with rowCount.
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : (result?.rowCount ?? 0);
}

/** The files of proposals, stored in PostgreSQL (bytea), with a metadata-free copy for blind review. */
@Injectable()
export class ProposalAttachments {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Stores one upload once per candidate + idempotency key: the same key again answers the stored file (`created`
   * false), or null when that key already carried a different file.
   */
  async add(input: {
    candidacyId: string;
    campaignId: string;
    candidateId: string;
    fileName: string;
    mediaType: AttachmentType;
    content: Buffer;
    idempotencyKey: string;
  }): Promise<{ attachment: AttachmentView; created: boolean } | null> {
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const blind = Buffer.from(stripIdentifyingMetadata(input.mediaType, input.content));
    const [inserted] = await this.db.query(
      `INSERT INTO proposal_attachments (id, candidacy_id, campaign_id, candidate_id, file_name, media_type, size_bytes, sha256, content, blind_content, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT ON CONSTRAINT proposal_attachments_once DO NOTHING RETURNING ${COLUMNS}`,
      [
        randomUUID(),
        input.candidacyId,
        input.campaignId,
        input.candidateId,
        input.fileName,
        input.mediaType,
        input.content.length,
        sha256,
        input.content,
        blind.equals(input.content) ? null : blind,
        input.idempotencyKey,
      ],
    );
    if (inserted) return { attachment: view(inserted), created: true };
    const [earlier] = await this.db.query(`SELECT ${COLUMNS} FROM proposal_attachments WHERE candidate_id = $1 AND idempotency_key = $2`, [
      input.candidateId,
      input.idempotencyKey,
    ]);
    return earlier && earlier.sha256 === sha256 && earlier.candidacy_id === input.candidacyId ? { attachment: view(earlier), created: false } : null;
  }

  async count(candidacyId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM proposal_attachments WHERE candidacy_id = $1`, [candidacyId]);
    return row.n;
  }

  async list(candidacyId: string): Promise<AttachmentView[]> {
    return (await this.db.query(`SELECT ${COLUMNS} FROM proposal_attachments WHERE candidacy_id = $1 ORDER BY uploaded_at, id`, [candidacyId])).map(view);
  }

  async ofCandidate(candidateId: string): Promise<AttachmentView[]> {
    return (await this.db.query(`SELECT ${COLUMNS} FROM proposal_attachments WHERE candidate_id = $1 ORDER BY uploaded_at, id`, [candidateId])).map(view);
  }

  /** The file, or under blind review its metadata-free copy under a neutral name (附件 n / the position in the list). */
  async file(candidacyId: string, attachmentId: string, blind: boolean): Promise<AttachmentFile | null> {
    const [row] = await this.db.query(
      `SELECT file_name, media_type, content, blind_content,
              (SELECT count(*) FROM proposal_attachments o WHERE o.candidacy_id = a.candidacy_id AND (o.uploaded_at, o.id) <= (a.uploaded_at, a.id))::int AS position
       FROM proposal_attachments a WHERE candidacy_id = $1 AND id = $2`,
      [candidacyId, attachmentId],
    );
    if (!row) return null;
    const mediaType = row.media_type as AttachmentType;
    if (!blind) return { fileName: row.file_name, mediaType, content: row.content };
    return { fileName: `attachment-${row.position}.${ATTACHMENT_EXTENSIONS[mediaType]}`, mediaType, content: row.blind_content ?? row.content };
  }

  async remove(candidacyId: string, attachmentId: string): Promise<boolean> {
    const [, affected] = await this.db.query(`DELETE FROM proposal_attachments WHERE candidacy_id = $1 AND id = $2`, [candidacyId, attachmentId]);
    return affected > 0;
  }

  async erase(personId: string): Promise<number> {
    return eraseProposalAttachments(this.db, personId);
  }
}
