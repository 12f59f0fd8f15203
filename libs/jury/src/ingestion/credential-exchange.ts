import { ConflictException, ForbiddenException, Injectable, Logger, type OnApplicationShutdown, UnauthorizedException } from '@nestjs/common';
import { Pool } from 'pg';
import { AppConfig } from '@app/config';
import { checkOut } from '@app/database';
import type { CampaignStage } from '@app/domain';
import { JuryCredentials } from '../credentials/jury-credentials';
import { juryStageRefusal } from './ballot-ingestor';
import type { SqlRow } from '@app/database';

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
 * code opened only if it has not voted, is unrevoked and the campaign is in its jury stage, and adds her pseudonym
 * to jury_voters. Revoking a code is a command, which holds that lock exclusively while it decides: it sees every
 * opening, and takes her pseudonym out of jury_voters.
 */
@Injectable()
export class CredentialExchange implements OnApplicationShutdown {
  private readonly logger = new Logger(CredentialExchange.name);
  private readonly pool: Pool;

  constructor(
    private readonly credentials: JuryCredentials,
    config: AppConfig,
  ) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 4, application_name: 'open-selection-jury-exchange' });
    this.pool.on('error', (err) => this.logger.warn(`Exchange pool: ${err.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  async exchange(code: string): Promise<JurySession> {
    const unknown = () =>
      new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', code: 'jury.credential-unknown', message: 'This code is not a valid juror code. Check it and try again.' });
    const normal = this.credentials.normaliseCode(code);
    if (!normal) throw unknown();
    const hash = this.credentials.hashCode(normal);
    if (!HEX64.test(hash)) throw unknown();
    // Her voter pseudonym joins the set of those entitled to a counted ballot in the same transaction that opens the
    // code; computing it needs her juror id, read first (it never changes for a code hash but on reissue, which the
    // UPDATE below guards against by matching both).
    const { rows: holders } = await this.pool.query(`SELECT juror_id, campaign_id FROM jury_jurors WHERE code_hash = $1`, [hash]);
    const holder = holders[0] as { juror_id: string; campaign_id: string } | undefined;
    const voter = holder ? this.credentials.voter(holder.campaign_id, holder.juror_id) : undefined;
    const { client, release } = await checkOut(this.pool);
    let results: { rows: SqlRow[] }[];
    try {
      // Every value inlined is a hex digest or a UUID computed here; the lock is taken before the UPDATE's snapshot.
      results = (await client.query(
        `BEGIN ISOLATION LEVEL READ COMMITTED;
         SET LOCAL lock_timeout = '5s';
         SELECT pg_advisory_xact_lock_shared(hashtextextended(campaign_id::text, 0)) FROM jury_jurors WHERE code_hash = '${hash}';
         WITH opened AS (
           UPDATE jury_jurors j SET used_at = coalesce(j.used_at, now()) FROM campaigns c
           WHERE j.code_hash = '${hash}' AND j.juror_id = '${holder?.juror_id ?? '00000000-0000-0000-0000-000000000000'}'
             AND c.id = j.campaign_id AND NOT j.voted AND j.revoked_at IS NULL AND c.stage = 'jury'
           RETURNING j.juror_id, j.campaign_id, j.name
         ), entitled AS (
           INSERT INTO jury_voters (campaign_id, voter) SELECT campaign_id, '${voter ?? '00000000-0000-0000-0000-000000000000'}'::uuid FROM opened
           ON CONFLICT DO NOTHING
         )
         SELECT * FROM opened;
         COMMIT`,
      )) as unknown as { rows: SqlRow[] }[];
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      release(true);
      throw err;
    }
    release();
    const used = results[3].rows[0];
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
      `SELECT j.voted, j.revoked_at, c.stage FROM jury_jurors j JOIN campaigns c ON c.id = j.campaign_id WHERE j.code_hash = $1`,
      [hash],
    );
    const row = rows[0] as { voted: boolean; revoked_at: Date | null; stage: CampaignStage } | undefined;
    if (!row) throw unknown();
    if (row.revoked_at) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', code: 'jury.credential-revoked', message: 'This code has been revoked by the organiser; ask her for a new one.' });
    }
    if (row.voted) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        code: 'jury.credential-used',
        message:
          'This code has already voted, so it cannot open a ballot again. To change the vote, use the phone or browser where it was cast, before the jury closes.',
      });
    }
    throw juryStageRefusal(row.stage);
  }
}
