import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Rendered notice PDFs in PostgreSQL, one per campaign and version of the notice: the SHA-256 of the notice's
 * HTML, so any change to what the notice says (publication, an answered objection, a correction, certification)
 * is a new version, and an unchanged notice is never rendered twice.
 */
@Injectable()
export class NoticePdfStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(campaignId: string, noticeSha256: string): Promise<Buffer | undefined> {
    const [row] = await this.dataSource.query(`SELECT pdf FROM notice_pdfs WHERE campaign_id = $1 AND notice_sha256 = $2`, [campaignId, noticeSha256]);
    return row?.pdf;
  }

  /**
   * Keeps the first copy stored; a second render of the same version (another api process raced this one)
   * only counts in `renders`, so an operator can see it happen.
   */
  async save(campaignId: string, noticeSha256: string, pdf: Buffer): Promise<Buffer> {
    const [row] = await this.dataSource.query(
      `INSERT INTO notice_pdfs (campaign_id, notice_sha256, pdf) VALUES ($1, $2, $3)
       ON CONFLICT (campaign_id, notice_sha256) DO UPDATE SET renders = notice_pdfs.renders + 1
       RETURNING pdf`,
      [campaignId, noticeSha256, pdf],
    );
    return row.pdf;
  }
}
