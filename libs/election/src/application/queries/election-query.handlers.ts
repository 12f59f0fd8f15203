import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  checkElectedQuotas,
  candidateAttributes,
  congressProgress,
  foldCongressElection,
  quotaFurtherRoundOf,
  type InspectionClosed,
  type QuotaViolation,
} from '@app/domain';
import {
  ElectionBallotOrmEntity,
  ElectionCredentialOrmEntity,
  ElectionDelegateOrmEntity,
  ElectionRoundOrmEntity,
} from '../../infrastructure/election.orm-entities';
import { ElectionReader, namer, notFoundWith, toRoundView } from './election-reader';
import {
  CheckCongressReceiptQuery,
  GetDelegateBallotQuery,
  GetDelegateRosterQuery,
  GetElectedQuery,
  GetElectedQuotaCheckQuery,
  GetElectionOverviewQuery,
  GetElectionRoundQuery,
  GetRoundAttendanceQuery,
  ListElectionRoundsQuery,
} from './election.queries';
import type {
  DelegateBallotView,
  DelegateRosterView,
  ElectedQuotaCheckView,
  ElectedView,
  ElectionOverviewView,
  ElectionRoundView,
  QuotaViolationView,
  RoundAttendanceView,
} from './election.views';

@QueryHandler(GetElectionOverviewQuery)
export class GetElectionOverviewHandler implements IQueryHandler<GetElectionOverviewQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId }: GetElectionOverviewQuery): Promise<ElectionOverviewView> {
    const campaign = await this.reader.campaign(campaignId);
    const [candidacies, history] = await Promise.all([this.reader.candidacies(campaignId), this.reader.history(campaignId)]);
    const name = namer(candidacies);
    const state = foldCongressElection(history);
    const present = [...state.delegates.values()].filter((d) => d.checkedIn).length;
    return {
      campaignId,
      stage: campaign.stage,
      finalists: state.finalists?.map((f) => ({ ...name(f.candidacyId), rank: f.rank })) ?? null,
      rules: { quorum: state.quorum, majorityBase: state.majorityBase },
      registeredDelegates: state.delegates.size,
      presentDelegates: present,
      openRoundId: state.rounds.find((r) => r.status === 'open')?.roundId ?? null,
      positions: congressProgress(state, campaign.config).map((p) => ({
        positionKey: p.position.key,
        title: p.position.title,
        seats: p.position.seats,
        elected: p.elected.map(name),
        filled: p.filled,
        openRoundId: p.openRoundId,
        next:
          p.next && state.finalists
            ? { kind: p.next.kind, repeatOf: p.next.repeatOf, seats: p.next.seats, candidates: p.next.candidateIds.map(name), competitive: p.next.competitive }
            : null,
      })),
      completed: state.completed !== null,
      inspectionException: inspectionExceptionOf(history),
    };
  }
}

/** The exception inspection closed with (fewer finalists than the competitive rule needs), if any. */
const inspectionExceptionOf = (history: readonly { type: string; payload: unknown }[]): ElectionOverviewView['inspectionException'] => {
  const closed = history.filter((e) => e.type === 'InspectionClosed').pop();
  return (closed?.payload as InspectionClosed['payload'] | undefined)?.exception ?? null;
};

@QueryHandler(GetDelegateRosterQuery)
export class GetDelegateRosterHandler implements IQueryHandler<GetDelegateRosterQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId }: GetDelegateRosterQuery): Promise<DelegateRosterView> {
    await this.reader.campaign(campaignId);
    const rows = await this.reader.dataSource.getRepository(ElectionDelegateOrmEntity).find({ where: { campaignId }, order: { ordinal: 'ASC' } });
    return {
      campaignId,
      registered: rows.length,
      present: rows.filter((r) => r.checkedInAt).length,
      delegates: rows.map((r) => ({
        delegateId: r.delegateId,
        name: r.name,
        checkedIn: r.checkedInAt !== null,
        checkedInAt: r.checkedInAt?.toISOString() ?? null,
      })),
    };
  }
}

@QueryHandler(ListElectionRoundsQuery)
export class ListElectionRoundsHandler implements IQueryHandler<ListElectionRoundsQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId, positionKey }: ListElectionRoundsQuery): Promise<ElectionRoundView[]> {
    const campaign = await this.reader.campaign(campaignId);
    if (positionKey !== undefined && !campaign.config.positions.some((p) => p.key === positionKey)) {
      throw notFoundWith('election.position-unknown', `The campaign has no position "${positionKey}".`, { position: positionKey });
    }
    const [rounds, candidacies] = await Promise.all([this.reader.rounds(campaignId, positionKey), this.reader.candidacies(campaignId)]);
    return rounds.map((r) => toRoundView(r, campaign.config, candidacies));
  }
}

@QueryHandler(GetElectionRoundQuery)
export class GetElectionRoundHandler implements IQueryHandler<GetElectionRoundQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId, roundId }: GetElectionRoundQuery): Promise<ElectionRoundView> {
    const campaign = await this.reader.campaign(campaignId);
    const row = await this.reader.dataSource.getRepository(ElectionRoundOrmEntity).findOneBy({ campaignId, roundId });
    if (!row) throw notFoundWith('election.round-not-found', `Round ${roundId} does not exist in this campaign.`);
    return toRoundView(row, campaign.config, await this.reader.candidacies(campaignId));
  }
}

@QueryHandler(GetElectedQuery)
export class GetElectedHandler implements IQueryHandler<GetElectedQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId }: GetElectedQuery): Promise<ElectedView> {
    const { campaign, candidacies, completion, elected } = await this.reader.electedSoFar(campaignId);
    const name = namer(candidacies);
    return {
      campaignId,
      completed: completion !== null,
      completedAt: completion?.completedAt.toISOString() ?? null,
      positions: campaign.config.positions.map((p, i) => ({
        positionKey: p.key,
        title: p.title,
        seats: p.seats,
        filled: elected[i].candidacyIds.length >= p.seats,
        elected: elected[i].candidacyIds.map(name),
      })),
    };
  }
}

const violationView = (v: QuotaViolation): QuotaViolationView => ({
  quota: v.quota,
  attribute: v.attribute,
  equals: v.equals,
  bound: v.bound,
  limitPercent: v.limitPercent.toFixed(2),
  limitCount: v.limitCount,
  actualCount: v.actualCount,
  total: v.total,
  actualSharePercent: v.actualSharePercent.toFixed(2),
  matchingIds: [...v.matchingIds],
  message: v.message,
});

@QueryHandler(GetElectedQuotaCheckQuery)
export class GetElectedQuotaCheckHandler implements IQueryHandler<GetElectedQuotaCheckQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId }: GetElectedQuotaCheckQuery): Promise<ElectedQuotaCheckView> {
    const { campaign, candidacies, completion, elected, state } = await this.reader.electedSoFar(campaignId);
    const name = namer(candidacies);
    const report = checkElectedQuotas(campaign.config, elected, candidateAttributes(candidacies));
    const percent = (v: unknown) => (v === undefined || v === null ? null : String(v));
    const { brokenMinimums, plan } = quotaFurtherRoundOf(campaign.config, state, candidacies);
    return {
      campaignId,
      completed: completion !== null,
      quotas: campaign.config.quotas
        .filter((q) => q.appliesTo === 'elected')
        .map((q) => ({
          attribute: q.attribute,
          equals: q.equals ?? true,
          minSharePercent: percent(q.minSharePercent),
          maxSharePercent: percent(q.maxSharePercent),
          ...(q.body !== undefined ? { body: q.body } : {}),
        })),
      members: report.members.map((m) => ({ ...name(m.candidacyId), positionKey: m.positionKey, attributes: { ...m.attributes } })),
      violations: report.violations.map(violationView),
      byPosition: report.byPosition.map((p) => ({ positionKey: p.positionKey, violations: p.violations.map(violationView) })),
      passed: report.violations.length === 0,
      quotaFurtherRound: {
        brokenMinimums: [...brokenMinimums],
        plan: plan && {
          positionKey: plan.positionKey,
          positionTitle: campaign.config.positions.find((p) => p.key === plan.positionKey)?.title ?? plan.positionKey,
          quota: plan.quota.label,
          body: plan.quota.body,
          limitCount: plan.quota.limitCount,
          actualCount: plan.quota.actualCount,
          vacated: plan.vacatedCandidacyIds.map(name),
          eligible: plan.eligibleCandidacyIds.map(name),
        },
      },
    };
  }
}

@QueryHandler(GetRoundAttendanceQuery)
export class GetRoundAttendanceHandler implements IQueryHandler<GetRoundAttendanceQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId, roundId }: GetRoundAttendanceQuery): Promise<RoundAttendanceView> {
    await this.reader.campaign(campaignId);
    const round = await this.reader.dataSource.getRepository(ElectionRoundOrmEntity).findOneBy({ campaignId, roundId });
    if (!round) throw notFoundWith('election.round-not-found', `Round ${roundId} does not exist in this campaign.`);
    const delegates = await this.reader.dataSource.getRepository(ElectionDelegateOrmEntity).find({ where: { campaignId }, order: { ordinal: 'ASC' } });
    const names = new Map(delegates.map((d) => [d.delegateId, d.name]));
    return {
      roundId,
      number: round.number,
      method: round.method,
      status: round.status,
      ballotsCast: round.ballotsCast,
      delegates: round.presentDelegateIds.map((delegateId) => ({ delegateId, name: names.get(delegateId) ?? delegateId })),
    };
  }
}

@QueryHandler(GetDelegateBallotQuery)
export class GetDelegateBallotHandler implements IQueryHandler<GetDelegateBallotQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId, codeHash }: GetDelegateBallotQuery): Promise<DelegateBallotView | undefined> {
    const credential = await this.reader.dataSource.getRepository(ElectionCredentialOrmEntity).findOneBy({ campaignId, codeHash });
    if (!credential) return undefined;
    const round = await this.reader.dataSource.getRepository(ElectionRoundOrmEntity).findOneBy({ roundId: credential.roundId });
    if (!round) return undefined;
    const [campaign, candidacies] = await Promise.all([this.reader.campaign(campaignId), this.reader.candidacies(campaignId)]);
    const name = namer(candidacies);
    return {
      campaignId,
      roundId: round.roundId,
      number: round.number,
      positionKey: round.positionKey,
      positionTitle: campaign.config.positions.find((p) => p.key === round.positionKey)?.title ?? round.positionKey,
      kind: round.kind,
      seats: round.seats,
      maxApprovals: round.seats,
      candidates: round.candidateIds.map(name),
      writeIns: { allowed: round.writeInEligibleIds !== null, eligible: (round.writeInEligibleIds ?? []).map(name) },
      roundOpen: round.status === 'open',
      used: credential.used,
    };
  }
}

@QueryHandler(CheckCongressReceiptQuery)
export class CheckCongressReceiptHandler implements IQueryHandler<CheckCongressReceiptQuery> {
  constructor(private readonly reader: ElectionReader) {}

  async execute({ campaignId, receipt }: CheckCongressReceiptQuery) {
    // Only opened ballots are searched: a receipt in a box still closed is "not yet counted", like any unknown one.
    const ballot = await this.reader.dataSource.getRepository(ElectionBallotOrmEntity).findOne({ where: { campaignId, receipt }, select: { roundId: true } });
    return { receipt, counted: Boolean(ballot), roundId: ballot?.roundId ?? null };
  }
}

export const ELECTION_QUERY_HANDLERS = [
  CheckCongressReceiptHandler,
  GetElectionOverviewHandler,
  GetDelegateRosterHandler,
  ListElectionRoundsHandler,
  GetElectionRoundHandler,
  GetElectedHandler,
  GetElectedQuotaCheckHandler,
  GetRoundAttendanceHandler,
  GetDelegateBallotHandler,
];
