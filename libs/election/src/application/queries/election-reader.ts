import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CampaignConfig,
  type CampaignStage,
  type Candidacies,
  type CandidacyState,
  CONSENT_BEFORE_IT_WAS_ASKED,
  type DomainEvent,
  electedToPosition,
  foldCongressElection,
} from '@app/domain';
import { loadHistory } from '@app/database';
import { DataSource } from 'typeorm';
import { ElectionCompletionOrmEntity, ElectionRoundOrmEntity } from '../../infrastructure/election.orm-entities';
import type { ElectionRoundView, NamedCandidacy } from './election.views';
import type { SqlRow } from '@app/database';

export const notFoundWith = (code: string, message: string, params?: Record<string, string | number>) =>
  new NotFoundException({ statusCode: 404, error: 'Not Found', code, message, ...(params ? { params } : {}) });

export interface CampaignRow {
  readonly id: string;
  readonly stage: CampaignStage;
  readonly config: CampaignConfig;
}

/** Loads what the election queries need. Campaigns, candidacies and events belong to others: read with plain SQL. */
@Injectable()
export class ElectionReader {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async campaign(campaignId: string): Promise<CampaignRow> {
    const [row] = await this.dataSource.query(`SELECT id, stage, config FROM campaigns WHERE id = $1`, [campaignId]);
    if (!row) throw notFoundWith('campaign.not-found', `Campaign ${campaignId} does not exist.`);
    return row;
  }

  async candidacies(campaignId: string): Promise<Candidacies> {
    const rows: SqlRow[] = await this.dataSource.query(
      `SELECT id, candidate_id, details, proposal, consent, status, submitted_at FROM candidacies WHERE campaign_id = $1 ORDER BY submitted_at, id`,
      [campaignId],
    );
    return new Map<string, CandidacyState>(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          candidateId: r.candidate_id,
          details: r.details,
          proposal: r.proposal,
          consent: r.consent ?? CONSENT_BEFORE_IT_WAS_ASKED,
          status: r.status,
          submittedAt: new Date(r.submitted_at).toISOString(),
        },
      ]),
    );
  }

  async history(campaignId: string): Promise<DomainEvent[]> {
    return (await loadHistory(this.dataSource.manager, campaignId)).map((e) => ({ type: e.type, payload: e.payload }));
  }

  rounds(campaignId: string, positionKey?: string): Promise<ElectionRoundOrmEntity[]> {
    return this.dataSource.getRepository(ElectionRoundOrmEntity).find({
      where: positionKey ? { campaignId, positionKey } : { campaignId },
      order: { number: 'ASC' },
    });
  }

  /** Who is elected so far and whether the election is complete: the campaign, its rounds, candidacies and completion. */
  async electedSoFar(campaignId: string) {
    const campaign = await this.campaign(campaignId);
    const [rounds, candidacies, completion, history] = await Promise.all([
      this.rounds(campaignId),
      this.candidacies(campaignId),
      this.dataSource.getRepository(ElectionCompletionOrmEntity).findOneBy({ campaignId }),
      this.history(campaignId),
    ]);
    // A quota further round vacates seats the rounds' running lists still hold: the folded election says who sits.
    const state = foldCongressElection(history);
    const elected = state.quotaFurtherRounds.length
      ? campaign.config.positions.map((p) => ({ positionKey: p.key, candidacyIds: electedToPosition(state, p.key) }))
      : electedFromRounds(campaign.config, rounds);
    return { campaign, candidacies, completion, elected, state };
  }
}

export const namer =
  (candidacies: Candidacies) =>
  (candidacyId: string): NamedCandidacy => ({
    candidacyId,
    name: candidacies.get(candidacyId)?.details.name ?? candidacyId,
  });

/** Everyone elected to each position so far: the running list recorded by the position's last closed round. */
export function electedFromRounds(config: CampaignConfig, rounds: readonly ElectionRoundOrmEntity[]): { positionKey: string; candidacyIds: string[] }[] {
  return config.positions.map((p) => {
    const closed = rounds.filter((r) => r.positionKey === p.key && r.outcome);
    return { positionKey: p.key, candidacyIds: closed.length ? [...closed[closed.length - 1].outcome!.positionElected] : [] };
  });
}

export function toRoundView(row: ElectionRoundOrmEntity, config: CampaignConfig, candidacies: Candidacies): ElectionRoundView {
  const name = namer(candidacies);
  const { minutes, roundId: _r, positionKey: _p, kind: _k, ...outcome } = row.outcome ?? ({} as NonNullable<ElectionRoundOrmEntity['outcome']>);
  return {
    roundId: row.roundId,
    positionKey: row.positionKey,
    positionTitle: config.positions.find((p) => p.key === row.positionKey)?.title ?? row.positionKey,
    number: row.number,
    positionRound: row.positionRound,
    kind: row.kind,
    repeatOf: row.repeatOf,
    method: row.method,
    status: row.status,
    seats: row.seats,
    candidates: row.candidateIds.map(name),
    writeInEligible: row.writeInEligibleIds?.map(name) ?? null,
    competitiveException: row.competitiveException,
    registeredDelegates: row.registeredDelegates,
    presentDelegates: row.presentDelegates,
    quorum: row.quorum,
    majorityBase: row.majorityBase,
    credentialsIssued: row.credentialsIssued,
    ballotsCast: row.ballotsCast,
    paperCount: row.paperCount,
    outcome: row.outcome ? outcome : null,
    minutes: row.outcome ? minutes : null,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
