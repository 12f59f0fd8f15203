import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { AppConfig } from '@app/config';
import { checkOut, dedicatedPool } from '@app/database';
import { type CampaignStage, conflict, forbidden, unauthenticated } from '@app/domain';
import { JuryCredentials } from '../credentials/jury-credentials';
import { juryStageRefusal } from './ballot-ingestor';
import { hasVotedSql } from '../infrastructure/has-voted.sql';

export interface JurySession {
  readonly campaignId: string;
  readonly jurorId: string;
  readonly name: string;
  /** Send as X-Ballot-Token with each ballot; valid until the jury closes. */
  readonly ballotToken: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * A juror's one-time code opens her ballot: it is exchanged for a ballot token. Until a ballot of hers is accepted
 * the same code opens it again, in any browser (a card scanned inside WeChat, then opened in the phone's browser)
 * — the token is the same juror's, so she still has one counted ballot. Once she has voted the code is spent: the
 * page where she voted replaces her ballot until the jury closes. A revoked code opens nothing.
 *
 * The exchange is two round trips: a read of whose code it is (her voter pseudonym needs her juror id and the
 * secret), then a transaction that takes the campaign's advisory lock SHARED and then, in a new statement, marks the
 * code opened only if no ballot under her pseudonym was accepted (counted, or still in the intake), it is unrevoked
 * and the campaign is in its jury stage. That she voted is derived here, never stored next to her name: the roster
 * row does not change when her ballot lands. Revoking a code is a command, which holds that lock exclusively while
 * it decides: it sees every opening.
 */
@Injectable()
export class CredentialExchange implements OnApplicationShutdown {
  private readonly logger = new Logger(CredentialExchange.name);
  private readonly pool: Pool;

  constructor(
    private readonly credentials: JuryCredentials,
    config: AppConfig,
  ) {
    this.pool = dedicatedPool(config.DATABASE_URL, { name: 'jury-exchange', max: 4 }, this.logger);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  async exchange(code: string): Promise<JurySession> {
    const unknown = () => unauthenticated('jury.credential-unknown', 'This code is not a valid juror code. Check it and try again.');
    const normal = this.credentials.normaliseCode(code);
    if (!normal) throw unknown();
    const hash = this.credentials.hashCode(normal);
    if (!HEX64.test(hash)) throw unknown();
    // Whether she has voted is looked up under her voter pseudonym; computing it needs her juror id, read first (it
    // never changes for a code hash but on reissue, which the UPDATE below guards against by matching both).
    const { rows: holders } = await this.pool.query(`SELECT juror_id, campaign_id FROM jury_jurors WHERE code_hash = $1`, [hash]);
    const holder = holders[0] as { juror_id: string; campaign_id: string } | undefined;
    const voter = holder ? this.credentials.voter(holder.campaign_id, holder.juror_id) : undefined;
    const { client, release } = await checkOut(this.pool);
    let used: { juror_id: string; campaign_id: string; name: string } | undefined;
    try {
      // The lock is taken before the statements' snapshots. The hash is a hex digest computed here; the juror id
      // and her pseudonym are bound parameters, in separate statements, never query text.
      await client.query(
        `BEGIN ISOLATION LEVEL READ COMMITTED;
         SET LOCAL lock_timeout = '5s';
         SELECT pg_advisory_xact_lock_shared(hashtextextended(campaign_id::text, 0)) FROM jury_jurors WHERE code_hash = '${hash}';`,
      );
      const voted = holder ? (await client.query(`SELECT ${hasVotedSql('$1::uuid', '$2::uuid')} AS voted`, [holder.campaign_id, voter])).rows[0].voted : false;
      if (holder && !voted) {
        const opened = await client.query(
          `UPDATE jury_jurors j SET used_at = coalesce(j.used_at, now()) FROM campaigns c
           WHERE j.code_hash = $1 AND j.juror_id = $2 AND c.id = j.campaign_id AND j.revoked_at IS NULL AND c.stage = 'jury'
           RETURNING j.juror_id, j.campaign_id, j.name`,
          [hash, holder.juror_id],
        );
        used = opened.rows[0];
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      release(true);
      throw err;
    }
    release();
    if (used) {
      return {
        campaignId: used.campaign_id,
        jurorId: used.juror_id,
        name: used.name,
        ballotToken: this.credentials.issueBallotToken({ campaignId: used.campaign_id, jurorId: used.juror_id }),
      };
    }
    // Not exchanged: say why.
    const { rows } = await this.pool.query(
      `SELECT ${hasVotedSql('j.campaign_id', '$2::uuid')} AS voted, j.revoked_at, c.stage FROM jury_jurors j JOIN campaigns c ON c.id = j.campaign_id WHERE j.code_hash = $1`,
      [hash, voter ?? null],
    );
    const row = rows[0] as { voted: boolean; revoked_at: Date | null; stage: CampaignStage } | undefined;
    if (!row) throw unknown();
    if (row.revoked_at) {
      throw forbidden('jury.credential-revoked', 'This code has been revoked by the organiser; ask her for a new one.');
    }
    if (row.voted) {
      throw conflict(
        'jury.credential-used',
        'This code has already voted, so it cannot open a ballot again. To change the vote, use the phone or browser where it was cast, before the jury closes.',
      );
    }
    throw juryStageRefusal(row.stage);
  }
}
