import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  countedSheets,
  DEFAULT_PANEL_POINTS,
  formatScore,
  isAssigned,
  isBlindForExperts,
  isRecused,
  missingSheets,
  panelAssignments,
  panelOpinionResults,
  pairKey,
  projectReviewResults,
  projectReviewScore,
  raterStatistics,
  requirePanelMember,
  sheetTotalRecords,
} from '@app/domain';
import type { EvaluationSnapshot } from '../../infrastructure/evaluation-snapshot';
import { asHttp, candidacyLabels, EvaluationReader, expertCandidacyView, forbiddenWith, requireCandidacy } from './evaluation-reader';
import {
  GetCandidacySheetsQuery,
  GetEvaluationCandidacyQuery,
  GetMissingSheetsQuery,
  GetMyAssignmentsQuery,
  GetPanelOpinionQuery,
  GetPanelQuery,
  GetProjectReviewScoresQuery,
  GetRaterStatisticsQuery,
} from './evaluation.queries';
import type {
  CandidacySheetsView,
  ExpertCandidacyView,
  MissingSheetsView,
  MyAssignmentsView,
  OrganiserCandidacyView,
  PanelOpinionView,
  PanelView,
  ProjectReviewScoresView,
  RaterStatisticsView,
} from './evaluation.views';
import { toSheetView } from './evaluation.views';

const nameOf = (snap: EvaluationSnapshot, candidacyId: string) => snap.candidacies.get(candidacyId)?.details.name ?? candidacyId;

/** The expert may look at this candidacy at all: on the panel, assigned to it (recusal is checked by the caller). */
function requireAssignedExpert(snap: EvaluationSnapshot, expertId: string, candidacyId: string) {
  const expert = asHttp(() => requirePanelMember(snap.state, snap.candidacies, expertId));
  const candidacy = requireCandidacy(snap.candidacies, candidacyId);
  if (candidacy.status !== 'accepted' || !isAssigned(expert, candidacyId)) {
    throw forbiddenWith('assignment.not-assigned', `You are not assigned to candidacy ${candidacyId}.`);
  }
  return candidacy;
}

@QueryHandler(GetMyAssignmentsQuery)
export class GetMyAssignmentsHandler implements IQueryHandler<GetMyAssignmentsQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId, expertId }: GetMyAssignmentsQuery): Promise<MyAssignmentsView> {
    const snap = await this.reader.snapshot(campaignId);
    const expert = asHttp(() => requirePanelMember(snap.state, snap.candidacies, expertId));
    const labels = candidacyLabels(snap.candidacies);
    const mine = panelAssignments(snap.state, snap.candidacies).filter((a) => a.expertId === expertId);
    return {
      campaignId,
      stage: snap.campaign.stage,
      blind: isBlindForExperts(snap.campaign),
      expertId,
      name: expert.name,
      assignments: mine.map((a) => expertCandidacyView(snap, expertId, snap.candidacies.get(a.candidacyId)!, labels.get(a.candidacyId)!)),
    };
  }
}

@QueryHandler(GetEvaluationCandidacyQuery)
export class GetEvaluationCandidacyHandler implements IQueryHandler<GetEvaluationCandidacyQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId, candidacyId, viewer }: GetEvaluationCandidacyQuery): Promise<OrganiserCandidacyView | ExpertCandidacyView> {
    const snap = await this.reader.snapshot(campaignId);
    const labels = candidacyLabels(snap.candidacies);
    if (viewer.organiser) {
      const c = requireCandidacy(snap.candidacies, candidacyId);
      const stored = (await this.reader.storedScores(campaignId)).get(candidacyId);
      return {
        candidacyId,
        ...labels.get(candidacyId)!,
        status: c.status,
        candidate: { candidateId: c.candidateId, ...c.details },
        proposal: c.proposal,
        projectReviewScore: stored?.score ?? null,
      };
    }
    const c = requireAssignedExpert(snap, viewer.id, candidacyId);
    return expertCandidacyView(snap, viewer.id, c, labels.get(candidacyId)!);
  }
}

@QueryHandler(GetCandidacySheetsQuery)
export class GetCandidacySheetsHandler implements IQueryHandler<GetCandidacySheetsQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId, candidacyId, viewer }: GetCandidacySheetsQuery): Promise<CandidacySheetsView> {
    const snap = await this.reader.snapshot(campaignId);
    const label = candidacyLabels(snap.candidacies).get(candidacyId);
    const stored = (await this.reader.storedScores(campaignId)).get(candidacyId);
    const experts = [...snap.state.experts.keys()];
    const byPanelOrder = <T extends { expertId: string }>(list: T[]) => list.sort((a, b) => experts.indexOf(a.expertId) - experts.indexOf(b.expertId));
    if (viewer.organiser) {
      requireCandidacy(snap.candidacies, candidacyId);
      const sheets = [...snap.state.sheets.values()].filter((s) => s.candidacyId === candidacyId);
      return {
        candidacyId,
        ...label!,
        name: nameOf(snap, candidacyId),
        projectReviewScore: stored?.score ?? null,
        sheets: byPanelOrder(sheets.map((s) => ({ ...toSheetView(s), recused: isRecused(snap.state, s.expertId, candidacyId) }))),
      };
    }
    requireAssignedExpert(snap, viewer.id, candidacyId);
    if (isRecused(snap.state, viewer.id, candidacyId)) {
      throw forbiddenWith('assignment.recused', `You are recused from candidacy ${candidacyId} (conflict of interest) and may not see its scores.`);
    }
    const mine = snap.state.sheets.get(pairKey(viewer.id, candidacyId));
    if (mine?.status !== 'submitted') {
      throw forbiddenWith(
        'sheets.hidden-until-submitted',
        "Other experts' scores for this candidacy stay hidden until you have submitted your own sheet for it.",
      );
    }
    const others = countedSheets(snap.state).filter((s) => s.candidacyId === candidacyId && s.expertId !== viewer.id);
    return {
      candidacyId,
      ...label!,
      projectReviewScore: stored?.score ?? null,
      mine: toSheetView(mine),
      sheets: byPanelOrder(others.map(toSheetView)),
    };
  }
}

@QueryHandler(GetPanelQuery)
export class GetPanelHandler implements IQueryHandler<GetPanelQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId }: GetPanelQuery): Promise<PanelView> {
    const snap = await this.reader.snapshot(campaignId);
    const assignments = panelAssignments(snap.state, snap.candidacies);
    const candidateIds = new Set([...snap.candidacies.values()].map((c) => c.candidateId));
    return {
      campaignId,
      stage: snap.campaign.stage,
      experts: [...snap.state.experts.values()].map((e) => ({
        expertId: e.expertId,
        name: e.name,
        scope: e.candidacyIds === null ? 'all' : 'selected',
        assignedCandidacyIds: assignments.filter((a) => a.expertId === e.expertId).map((a) => a.candidacyId),
        isCandidate: candidateIds.has(e.expertId),
        recusals: [...snap.state.recusals.values()]
          .filter((r) => r.expertId === e.expertId)
          .map(({ candidacyId, reason, declaredBy }) => ({ candidacyId, reason, declaredBy })),
      })),
    };
  }
}

@QueryHandler(GetMissingSheetsQuery)
export class GetMissingSheetsHandler implements IQueryHandler<GetMissingSheetsQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId }: GetMissingSheetsQuery): Promise<MissingSheetsView> {
    const snap = await this.reader.snapshot(campaignId);
    const all = panelAssignments(snap.state, snap.candidacies);
    const missing = missingSheets(snap.state, snap.candidacies);
    const expertIds = [...new Set(all.map((a) => a.expertId))];
    return {
      campaignId,
      stage: snap.campaign.stage,
      complete: missing.length === 0,
      missingCount: missing.length,
      experts: expertIds.map((expertId) => {
        const hers = all.filter((a) => a.expertId === expertId);
        return {
          expertId,
          name: snap.expertNames.get(expertId) ?? expertId,
          assigned: hers.length,
          recused: hers.filter((a) => a.recused).length,
          submitted: hers.filter((a) => !a.recused && a.sheetStatus === 'submitted').length,
          missing: missing
            .filter((m) => m.expertId === expertId)
            .map((m) => ({ candidacyId: m.candidacyId, name: nameOf(snap, m.candidacyId), sheetStatus: m.sheetStatus })),
        };
      }),
    };
  }
}

@QueryHandler(GetProjectReviewScoresQuery)
export class GetProjectReviewScoresHandler implements IQueryHandler<GetProjectReviewScoresQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId }: GetProjectReviewScoresQuery): Promise<ProjectReviewScoresView> {
    const snap = await this.reader.snapshot(campaignId);
    const stored = await this.reader.storedScores(campaignId);
    const results = projectReviewResults(snap.state, snap.candidacies, snap.campaign.config.rubric);
    return {
      campaignId,
      stage: snap.campaign.stage,
      candidacies: results.map((r) => ({
        candidacyId: r.candidacyId,
        name: nameOf(snap, r.candidacyId),
        score: stored.get(r.candidacyId)?.score ?? null,
        sheetCount: r.sheetTotals.length,
        expectedSheets: r.expectedSheets,
        complete: r.complete,
      })),
    };
  }
}

@QueryHandler(GetRaterStatisticsQuery)
export class GetRaterStatisticsHandler implements IQueryHandler<GetRaterStatisticsQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId, outlierDistance }: GetRaterStatisticsQuery): Promise<RaterStatisticsView> {
    const snap = await this.reader.snapshot(campaignId);
    // Panel order, then candidacy order: the report reads the same way every time.
    const experts = [...snap.state.experts.keys()];
    const order = [...snap.candidacies.keys()];
    const records = sheetTotalRecords(snap.state).sort(
      (a, b) => order.indexOf(a.candidateId) - order.indexOf(b.candidateId) || experts.indexOf(a.expertId) - experts.indexOf(b.expertId),
    );
    const stats = asHttp(() => raterStatistics(records, { outlierDistance }));
    const raters = [...new Set(records.map((r) => r.expertId))];
    const common = order.filter((c) => raters.length > 0 && raters.every((e) => records.some((r) => r.expertId === e && r.candidateId === c)));
    const rubric = snap.campaign.config.rubric;
    return {
      campaignId,
      outlierDistance,
      sheetCount: records.length,
      candidates: stats.candidates.map((c) => ({
        candidacyId: c.candidateId,
        name: nameOf(snap, c.candidateId),
        sheetCount: c.sheetCount,
        min: c.min.toString(),
        max: c.max.toString(),
        standardDeviation: c.standardDeviation.toFixed(2),
        trimmedMean: c.trimmedMean.toFixed(2),
        projectReviewScore: formatScore(
          projectReviewScore(
            records.filter((r) => r.candidateId === c.candidateId).map((r) => r.total),
            rubric,
          ),
        ),
      })),
      experts: [...stats.experts]
        .sort((a, b) => experts.indexOf(a.expertId) - experts.indexOf(b.expertId))
        .map((e) => ({
          expertId: e.expertId,
          name: snap.expertNames.get(e.expertId) ?? e.expertId,
          candidateCount: e.candidateCount,
          meanOffset: e.meanOffset.toFixed(2),
        })),
      kendallsW: stats.kendallsW === null ? null : stats.kendallsW.toFixed(4),
      kendallsWCandidacyIds: stats.kendallsW === null ? [] : common,
      outliers: stats.outliers.map((o) => ({
        expertId: o.expertId,
        candidacyId: o.candidateId,
        total: o.total.toString(),
        trimmedMean: o.trimmedMean.toFixed(2),
        distance: o.distance.toFixed(2),
      })),
    };
  }
}

@QueryHandler(GetPanelOpinionQuery)
export class GetPanelOpinionHandler implements IQueryHandler<GetPanelOpinionQuery> {
  constructor(private readonly reader: EvaluationReader) {}

  async execute({ campaignId }: GetPanelOpinionQuery): Promise<PanelOpinionView> {
    const snap = await this.reader.snapshot(campaignId);
    return {
      campaignId,
      stage: snap.campaign.stage,
      candidacies: panelOpinionResults(snap.state, snap.candidacies, DEFAULT_PANEL_POINTS).map((r) => ({
        candidacyId: r.candidacyId,
        name: nameOf(snap, r.candidacyId),
        grade: r.grade,
        points: r.points === null ? null : formatScore(r.points),
        grades: r.grades.map((g) => ({ expertId: g.expertId, name: snap.expertNames.get(g.expertId) ?? g.expertId, grade: g.grade, opinion: g.opinion })),
        pendingExpertIds: [...r.pendingExpertIds],
      })),
    };
  }
}

export const EVALUATION_QUERY_HANDLERS = [
  GetMyAssignmentsHandler,
  GetEvaluationCandidacyHandler,
  GetCandidacySheetsHandler,
  GetPanelHandler,
  GetMissingSheetsHandler,
  GetProjectReviewScoresHandler,
  GetRaterStatisticsHandler,
  GetPanelOpinionHandler,
];
