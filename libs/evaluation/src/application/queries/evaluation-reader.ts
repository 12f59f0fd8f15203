import { ForbiddenException, HttpException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Candidacies, type CandidacyState, DomainError, isBlindForExperts, isRecused, pairKey, redactProposal } from '@app/domain';
import { DataSource } from 'typeorm';
import { type EvaluationSnapshot, loadEvaluationSnapshot } from '../../infrastructure/evaluation-snapshot';
import { type ExpertCandidacyView, toSheetView } from './evaluation.views';

const STATUS: Record<DomainError['kind'], HttpStatus> = {
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  unauthenticated: HttpStatus.UNAUTHORIZED,
};

/** Runs a domain check on the read side and answers its DomainError the way commands do: status, code, message. */
export function asHttp<T>(check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const status = STATUS[err.kind];
    throw new HttpException(
      {
        statusCode: status,
        error: HttpStatus[status],
        code: err.code,
        message: err.message,
        ...(err.field ? { field: err.field } : {}),
        ...(err.params ? { params: err.params } : {}),
      },
      status,
    );
  }
}

export const forbiddenWith = (code: string, message: string) => new ForbiddenException({ statusCode: 403, error: 'Forbidden', code, message });

/** Loads what the evaluation queries need, from the read models of the api's database connection. */
@Injectable()
export class EvaluationReader {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async snapshot(campaignId: string): Promise<EvaluationSnapshot> {
    // One snapshot: the panel, recusals, sheets and candidacies read in one transaction never mix two states.
    const snap = await this.dataSource.transaction('REPEATABLE READ', (m) => loadEvaluationSnapshot(m, campaignId));
    if (!snap)
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'campaign.not-found', message: `Campaign ${campaignId} does not exist.` });
    return snap;
  }

  /** Stored project review scores (the projection), by candidacy id, as 2-place text. */
  async storedScores(campaignId: string): Promise<Map<string, { score: string | null; sheetCount: number }>> {
    const rows: { candidacy_id: string; score: string | null; sheet_count: number }[] = await this.dataSource.query(
      `SELECT candidacy_id, score::text AS score, sheet_count FROM project_review_scores WHERE campaign_id = $1`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.candidacy_id, { score: r.score, sheetCount: r.sheet_count }]));
  }
}

export function requireCandidacy(candidacies: Candidacies, candidacyId: string): CandidacyState {
  const c = candidacies.get(candidacyId);
  if (!c)
    throw new NotFoundException({
      statusCode: 404,
      error: 'Not Found',
      code: 'candidacy.not-found',
      message: `Candidacy ${candidacyId} does not exist in this campaign.`,
    });
  return c;
}

/**
 * How a candidacy is referred to without naming her: qualified candidacies are projects numbered in submission
 * order, other candidacies by their place among all. The number and its kind are what a client words in its
 * reader's language (项目 1 / Project 1); `label` is the English wording, for API clients.
 */
export interface BlindLabel {
  readonly numberedAs: 'project' | 'candidacy';
  readonly number: number;
  readonly label: string;
}

export function candidacyLabels(candidacies: Candidacies): Map<string, BlindLabel> {
  const accepted = [...candidacies.values()].filter((c) => c.status === 'accepted');
  const labels = new Map<string, BlindLabel>(accepted.map((c, i) => [c.id, { numberedAs: 'project', number: i + 1, label: `Project ${i + 1}` }]));
  [...candidacies.values()].forEach((c, i) => labels.has(c.id) || labels.set(c.id, { numberedAs: 'candidacy', number: i + 1, label: `Candidacy ${i + 1}` }));
  return labels;
}

/** What an expert may see of a candidacy: nothing identifying while blind; no proposal once recused. */
export function expertCandidacyView(snap: EvaluationSnapshot, expertId: string, c: CandidacyState, label: BlindLabel): ExpertCandidacyView {
  const blind = isBlindForExperts(snap.campaign);
  const recused = isRecused(snap.state, expertId, c.id);
  const sheet = snap.state.sheets.get(pairKey(expertId, c.id));
  return {
    candidacyId: c.id,
    ...label,
    blind,
    candidate: blind ? null : { candidateId: c.candidateId, ...c.details },
    proposal: recused ? null : blind ? redactProposal(c.proposal, c.details, c.candidateId) : c.proposal,
    recused,
    sheet: sheet ? toSheetView(sheet) : null,
  };
}
