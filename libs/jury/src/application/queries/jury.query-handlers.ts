import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { asDomainEvents, loadHistory } from '@app/database';
import { checkJuryPaperCount, foldCandidacies, foldJury, jurorEntryErrors, type JuryPaperCount, type JuryResult, stageIndex, tallyJury } from '@app/domain';
import { DataSource } from 'typeorm';
import { JuryStore } from '../../infrastructure/jury-store';
import {
  CheckJurorEntriesQuery,
  CheckReceiptQuery,
  GetBallotPaperQuery,
  GetJuryProgressQuery,
  GetJuryTallyQuery,
  ListJurorsQuery,
  ListReceiptsQuery,
} from './jury.queries';
import type { CredentialStatus, JurorListView, JurorView, JuryProgressView } from './jury.views';
import type { SqlRow } from '@app/database';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * The roster. Whether she voted is told only once the jury has closed (derived then from the counted ballots by
 * pseudonym): while jurors vote, a roster that changed as each ballot landed would say whose ballot it was.
 */
@QueryHandler(ListJurorsQuery)
export class ListJurorsHandler implements IQueryHandler<ListJurorsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: JuryStore,
  ) {}

  async execute({ campaignId, offset, limit }: ListJurorsQuery) {
    const stage = await this.store.stageOf(campaignId);
    if (!stage) return undefined;
    const votedKnown = stageIndex(stage) > stageIndex('jury');
    const all: { juror_id: string; used_at: Date | null; revoked_at: Date | null }[] = await this.dataSource.query(
      `SELECT juror_id, used_at, revoked_at FROM jury_jurors WHERE campaign_id = $1`,
      [campaignId],
    );
    const voted = votedKnown
      ? await this.store.jurorsWithCountedBallot(
          campaignId,
          all.filter((r) => !r.revoked_at).map((r) => r.juror_id),
        )
      : new Set<string>();
    const rows = await this.dataSource.query(
      `SELECT juror_id, name, reference, user_id, line, registered_at, used_at, revoked_at, revoke_reason
       FROM jury_jurors WHERE campaign_id = $1 ORDER BY registered_at, line NULLS FIRST, juror_id OFFSET $2 LIMIT $3`,
      [campaignId, offset, limit],
    );
    const revoked = all.filter((r) => r.revoked_at).length;
    const opened = all.filter((r) => !r.revoked_at && r.used_at && !voted.has(r.juror_id)).length;
    return {
      total: all.length,
      notOpened: all.length - revoked - voted.size - opened,
      opened,
      voted: voted.size,
      revoked,
      votedKnown,
      jurors: rows.map((r: SqlRow): JurorView => ({
        jurorId: r.juror_id,
        name: r.name,
        reference: r.reference,
        userId: r.user_id,
        line: r.line,
        status: credentialStatus(r, voted.has(r.juror_id)),
        registeredAt: iso(r.registered_at)!,
        openedAt: iso(r.used_at),
        revokedAt: iso(r.revoked_at),
        revokeReason: r.revoke_reason,
      })),
    } satisfies JurorListView;
  }
}

const credentialStatus = (r: Record<string, Date | null>, voted: boolean): CredentialStatus =>
  r.revoked_at ? 'revoked' : voted ? 'voted' : r.used_at ? 'opened' : 'not-opened';

@QueryHandler(GetBallotPaperQuery)
export class GetBallotPaperHandler implements IQueryHandler<GetBallotPaperQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId }: GetBallotPaperQuery) {
    const [row] = await this.dataSource.query(
      `SELECT p.mode, p.approval_limit,
              coalesce(json_agg(json_build_object('candidacyId', d.id, 'name', d.name, 'projectTitle', d.proposal->>'title') ORDER BY x.pos)
                       FILTER (WHERE d.id IS NOT NULL), '[]') AS candidates
       FROM jury_ballot_papers p
       LEFT JOIN LATERAL unnest(p.candidate_ids) WITH ORDINALITY AS x(id, pos) ON true
       LEFT JOIN candidacies d ON d.id = x.id
       WHERE p.campaign_id = $1 GROUP BY p.mode, p.approval_limit`,
      [campaignId],
    );
    return row ? { campaignId, mode: row.mode, approvalLimit: row.approval_limit, candidates: row.candidates } : undefined;
  }
}

async function progressView(store: JuryStore, campaignId: string): Promise<JuryProgressView | undefined> {
  const stage = await store.stageOf(campaignId);
  if (!stage) return undefined;
  const progress = await store.progress(campaignId);
  return { campaignId, stage, ...progress, final: stageIndex(stage) > stageIndex('jury') && progress.pending === 0 };
}

@QueryHandler(GetJuryProgressQuery)
export class GetJuryProgressHandler implements IQueryHandler<GetJuryProgressQuery> {
  constructor(private readonly store: JuryStore) {}

  execute({ campaignId }: GetJuryProgressQuery) {
    return progressView(this.store, campaignId);
  }
}

/** The live tally: SQL aggregates over the counted ballots (one pass), turned into jury scores by libs/domain. */
@QueryHandler(GetJuryTallyQuery)
export class GetJuryTallyHandler implements IQueryHandler<GetJuryTallyQuery> {
  constructor(
    private readonly store: JuryStore,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute({ campaignId }: GetJuryTallyQuery) {
    const progress = await progressView(this.store, campaignId);
    if (!progress) return undefined;
    const paper = await this.store.ballotPaper(campaignId);
    if (!paper) return undefined;
    const [paperCount] = await this.dataSource.query(`SELECT count FROM jury_paper_counts WHERE campaign_id = $1`, [campaignId]);
    const counts = paperCount ? checkJuryPaperCount(paper, paperCount.count as JuryPaperCount) : await this.store.electronicCounts(campaignId, paper);
    const tally = tallyJury(paper, counts);
    const names = new Map<string, string>(
      (await this.dataSource.query(`SELECT id, name FROM candidacies WHERE id = ANY($1::uuid[])`, [paper.candidateIds])).map(
        (r: { id: string; name: string }) => [r.id, r.name],
      ),
    );
    const [recorded] = await this.dataSource.query(`SELECT result FROM jury_results WHERE campaign_id = $1`, [campaignId]);
    return {
      campaignId,
      stage: progress.stage,
      mode: paper.mode,
      source: paperCount ? 'paper' : 'electronic',
      final: paperCount ? stageIndex(progress.stage) > stageIndex('jury') : progress.final,
      progress,
      validBallots: tally.validBallots,
      candidates: tally.candidates.map((c) => ({ ...c, name: names.get(c.candidacyId) ?? '' })),
      recorded: (recorded?.result as JuryResult | undefined) ?? null,
    } as const;
  }
}

@QueryHandler(ListReceiptsQuery)
export class ListReceiptsHandler implements IQueryHandler<ListReceiptsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, after, limit }: ListReceiptsQuery) {
    const [campaign] = await this.dataSource.query(`SELECT 1 FROM campaigns WHERE id = $1`, [campaignId]);
    if (!campaign) return undefined;
    const [{ counted }] = await this.dataSource.query(`SELECT count(*)::int AS counted FROM jury_ballots WHERE campaign_id = $1`, [campaignId]);
    const rows: { receipt: string }[] = await this.dataSource.query(
      `SELECT receipt FROM jury_ballots WHERE campaign_id = $1 AND receipt > $2 ORDER BY receipt LIMIT $3`,
      [campaignId, after ?? '', limit + 1],
    );
    const receipts = rows.slice(0, limit).map((r) => r.receipt);
    return { campaignId, counted, receipts, next: rows.length > limit ? receipts[receipts.length - 1] : null };
  }
}

@QueryHandler(CheckReceiptQuery)
export class CheckReceiptHandler implements IQueryHandler<CheckReceiptQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, receipt }: CheckReceiptQuery) {
    const [campaign] = await this.dataSource.query(`SELECT 1 FROM campaigns WHERE id = $1`, [campaignId]);
    if (!campaign) return undefined;
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM jury_ballots WHERE campaign_id = $1 AND receipt = $2) AS counted,
              EXISTS (SELECT 1 FROM jury_submissions WHERE campaign_id = $1 AND receipt = $2) AS logged`,
      [campaignId, receipt],
    );
    return { campaignId, receipt, status: row.counted ? 'counted' : row.logged ? 'superseded' : 'not-found' } as const;
  }
}

@QueryHandler(CheckJurorEntriesQuery)
export class CheckJurorEntriesHandler implements IQueryHandler<CheckJurorEntriesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, jurors }: CheckJurorEntriesQuery) {
    const history = asDomainEvents(await loadHistory(this.dataSource.manager, campaignId));
    return jurorEntryErrors(foldCandidacies(history), foldJury(history), jurors);
  }
}
