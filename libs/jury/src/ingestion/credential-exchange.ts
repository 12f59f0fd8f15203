import { ConflictException, ForbiddenException, Injectable, Logger, type OnApplicationShutdown, UnauthorizedException } from '@nestjs/common';
import { Pool } from 'pg';
import { AppConfig } from '@app/config';
import { checkOut } from '@app/database';
import type { CampaignStage } from '@app/domain';
import { JuryCredentials } from '../credentials/jury-credentials';
import { juryStageRefusal } from './ballot-ingestor';

export interface JurySession {
  readonly campaignId: string;
  readonly jurorId: string;
  readonly name: string;
  /** Send as X-Ballot-Token with each ballot; valid until the jury closes. */
  readonly ballotToken: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * A juror's one-time code is exchanged, once, for a ballot token. "Used" means exchanged: a second exchange is
 * refused, and so is a revoked code. With the token she may cast and, until the jury closes, replace her ballot.
 *
 * The exchange is one round trip: a transaction that takes the campaign's advisory lock SHARED and then, in a new
 * statement, marks the code used only if it is unused, unrevoked and the campaign is in its jury stage. Revoking
 * a code is a command, which holds that lock exclusively while it decides: a code is revoked or used, never both.
 * Two exchanges of one code queue on its row; the second finds it used.
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
    const { client, release } = await checkOut(this.pool);
    let results: { rows: Record<string, any>[] }[];
    try {
      // Every value inlined is a hex digest computed here; the lock is taken before the UPDATE's snapshot.
      results = (await client.query(
        `BEGIN ISOLATION LEVEL READ COMMITTED;
         SET LOCAL lock_timeout = '5s';
         SELECT pg_advisory_xact_lock_shared(hashtextextended(campaign_id::text, 0)) FROM jury_jurors WHERE code_hash = '${hash}';
         UPDATE jury_jurors j SET used_at = now() FROM campaigns c
           WHERE j.code_hash = '${hash}' AND c.id = j.campaign_id AND j.used_at IS NULL AND j.revoked_at IS NULL AND c.stage = 'jury'
           RETURNING j.juror_id, j.campaign_id, j.name;
         COMMIT`,
      )) as unknown as { rows: Record<string, any>[] }[];
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
      `SELECT j.used_at, j.revoked_at, c.stage FROM jury_jurors j JOIN campaigns c ON c.id = j.campaign_id WHERE j.code_hash = $1`,
      [hash],
    );
    const row = rows[0] as { used_at: Date | null; revoked_at: Date | null; stage: CampaignStage } | undefined;
    if (!row) throw unknown();
    if (row.revoked_at) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', code: 'jury.credential-revoked', message: 'This code has been revoked by the organiser; ask her for a new one.' });
    }
    if (row.used_at) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        code: 'jury.credential-used',
        message: 'This code has already been used; each code opens one ballot once. Use the ballot you opened with it to change your vote before the jury closes.',
      });
    }
    throw juryStageRefusal(row.stage);
  }
}
