import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BallotPaper, CampaignStage, CredentialUse, JuryCounts, ScoreAggregate } from '@app/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { JuryCredentials } from '../credentials/jury-credentials';
import { hasVotedSql } from './has-voted.sql';

export interface JuryProgress {
  /** Ballots accepted by the api (202), replacements and repeats included. */
  readonly received: number;
  /** Accepted ballots the worker has written to PostgreSQL. */
  readonly processed: number;
  /** Jurors with a counted ballot (one each). */
  readonly counted: number;
  /** Accepted but not yet written: received − processed. */
  readonly pending: number;
}

/**
 * The SQL aggregate of a campaign's counted ballots, one pass over its rows: per candidate (position k of the
 * ballot paper) the count, sum, lowest and highest mark. Candidates are only ever numbered, never interpolated.
 */
export function juryTallySql(candidates: number): string {
  if (!Number.isInteger(candidates) || candidates < 1 || candidates > 1000) throw new Error(`juryTallySql: bad candidate count ${candidates}`);
  const columns = Array.from({ length: candidates }, (_, i) => {
    const k = i + 1;
    return `count(marks[${k}]) AS n${k}, sum(marks[${k}]) AS s${k}, min(marks[${k}]) AS lo${k}, max(marks[${k}]) AS hi${k}`;
  });
  return `SELECT count(*) AS valid, ${columns.join(', ')} FROM jury_ballots WHERE campaign_id = $1`;
}

/** Turns the aggregate row into the counts the domain's tally starts from. */
export function juryCountsFromRow(paper: BallotPaper, row: Record<string, string | number | null>): JuryCounts {
  const num = (v: string | number | null) => (v === null ? null : Number(v));
  const perCandidate = paper.candidateIds.map((_, i): ScoreAggregate | number => {
    const k = i + 1;
    if (paper.mode === 'approval') return Number(row[`s${k}`] ?? 0);
    return { ballots: Number(row[`n${k}`]), sum: String(row[`s${k}`] ?? '0'), lowest: num(row[`lo${k}`]), highest: num(row[`hi${k}`]) };
  });
  return { validBallots: Number(row.valid), perCandidate };
}

/** The jury's tables as the api and the command handlers read them. */
@Injectable()
export class JuryStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: JuryCredentials,
  ) {}

  private q(m?: EntityManager) {
    return m ?? this.dataSource.manager;
  }

  async stageOf(campaignId: string, m?: EntityManager): Promise<CampaignStage | undefined> {
    const rows = await this.q(m).query(`SELECT stage FROM campaigns WHERE id = $1`, [campaignId]);
    return rows[0]?.stage;
  }

  async ballotPaper(campaignId: string, m?: EntityManager): Promise<BallotPaper | undefined> {
    const rows = await this.q(m).query(`SELECT mode, approval_limit, candidate_ids FROM jury_ballot_papers WHERE campaign_id = $1`, [campaignId]);
    const row = rows[0];
    if (!row) return undefined;
    return { mode: row.mode, candidateIds: row.candidate_ids, ...(row.approval_limit !== null ? { approvalLimit: row.approval_limit } : {}) };
  }

  async progress(campaignId: string, m?: EntityManager): Promise<JuryProgress> {
    const rows = await this.q(m).query(
      `SELECT coalesce(sum(received), 0) AS received, coalesce(sum(processed), 0) AS processed, coalesce(sum(counted), 0) AS counted FROM jury_counters WHERE campaign_id = $1`,
      [campaignId],
    );
    const received = Number(rows[0]?.received ?? 0);
    const processed = Number(rows[0]?.processed ?? 0);
    // A batch can be written while its api flush has not committed its count yet: never show a negative pending.
    return { received, processed, counted: Number(rows[0]?.counted ?? 0), pending: Math.max(0, received - processed) };
  }

  async electronicCounts(campaignId: string, paper: BallotPaper, m?: EntityManager): Promise<JuryCounts> {
    if (paper.candidateIds.length === 0) {
      const rows = await this.q(m).query(`SELECT count(*) AS valid FROM jury_ballots WHERE campaign_id = $1`, [campaignId]);
      return { validBallots: Number(rows[0].valid), perCandidate: [] };
    }
    const [row] = await this.q(m).query(juryTallySql(paper.candidateIds.length), [campaignId]);
    return juryCountsFromRow(paper, row);
  }

  /** sha256 of the counted receipts, sorted bytewise and joined by "\n" (the same as receiptsDigest in libs/domain). */
  async receiptsDigest(campaignId: string, m?: EntityManager): Promise<string> {
    const rows = await this.q(m).query(
      `SELECT encode(sha256(convert_to(coalesce(string_agg(receipt, E'\\n' ORDER BY receipt COLLATE "C"), ''), 'UTF8')), 'hex') AS digest
       FROM jury_ballots WHERE campaign_id = $1`,
      [campaignId],
    );
    return rows[0].digest;
  }

  /**
   * Exact inside a command: opening a code and accepting a ballot both hold the campaign's lock shared. That she
   * voted is looked up under her pseudonym (counted, or waiting in the intake), never read from her roster row.
   */
  async credentialUse(jurorId: string, m?: EntityManager): Promise<CredentialUse> {
    const [row] = await this.q(m).query(`SELECT campaign_id, used_at FROM jury_jurors WHERE juror_id = $1`, [jurorId]);
    if (!row) return { opened: false, voted: false };
    const voter = this.credentials.voter(row.campaign_id, jurorId);
    const [voted] = await this.q(m).query(`SELECT ${hasVotedSql('$1::uuid', '$2::uuid')} AS voted`, [row.campaign_id, voter]);
    return { opened: !!row.used_at, voted: !!voted.voted };
  }

  /** Of these jurors of the campaign, those with a counted ballot (looked up by pseudonym). */
  async jurorsWithCountedBallot(campaignId: string, jurorIds: readonly string[], m?: EntityManager): Promise<Set<string>> {
    const voters = new Map(jurorIds.map((id) => [this.credentials.voter(campaignId, id), id]));
    const rows: { voter: string }[] = await this.q(m).query(`SELECT voter FROM jury_ballots WHERE campaign_id = $1 AND voter = ANY($2::uuid[])`, [
      campaignId,
      [...voters.keys()],
    ]);
    return new Set(rows.map((r) => voters.get(r.voter)!));
  }
}
