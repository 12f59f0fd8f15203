import type { CampaignState } from '../campaign/campaign';
import type { Candidacies } from '../candidacy/candidacy';
import { foldEvaluation } from '../evaluation/expert-panel';
import { gradeOrder, PANEL_GRADES, type PanelGrade } from '../evaluation/panel-grade';
import { panelOpinionResults } from '../evaluation/panel-opinion';
import { projectReviewResults } from '../evaluation/score-sheet-lifecycle';
import type { RankingEntry } from './composite-ranking';
import type { DomainEvent } from '../shared/domain-event';
import { type Fold, foldHistory, immutableFold } from '../shared/fold';
import { dec } from '../shared/score';
import type { JuryResultRecorded } from '../shortlisting/shortlisting-events';

export interface PartScores extends RankingEntry {
  readonly panelGrade: PanelGrade | null;
  readonly missingParts: readonly ('projectReview' | 'panelOpinion' | 'jury')[];
}

/** The latest jury result in the history, if the jury stage has produced one. */
export const LATEST_JURY_RESULT_FOLD: Fold<JuryResultRecorded['payload'] | undefined> = immutableFold<JuryResultRecorded['payload'] | undefined>(
  'latest-jury-result',
  1,
  () => undefined,
  (latest, e) => (e.type === 'JuryResultRecorded' ? (e as JuryResultRecorded).payload : latest),
);

export const latestJuryResult = (history: readonly DomainEvent[]): JuryResultRecorded['payload'] | undefined => foldHistory(LATEST_JURY_RESULT_FOLD, history);

/**
 * The three part scores of every accepted candidacy, recomputed from the event history alone: the project review
 * score (trimmed mean of submitted sheets), the panel's majority grade in points, and the recorded jury score.
 * A part with no data counts as 0 and is named in `missingParts`, so the ranking report shows it.
 */
export function partScoresOf(campaign: CampaignState, candidacies: Candidacies, history: readonly DomainEvent[]): PartScores[] {
  const evaluation = foldEvaluation(history);
  const review = new Map(projectReviewResults(evaluation, candidacies, campaign.config.rubric).map((r) => [r.candidacyId, r]));
  const panel = new Map(panelOpinionResults(evaluation, candidacies).map((p) => [p.candidacyId, p]));
  const jury = new Map((latestJuryResult(history)?.scores ?? []).map((s) => [s.candidacyId, s.score]));
  return [...candidacies.values()]
    .filter((c) => c.status === 'accepted')
    .map((c) => {
      const missing: PartScores['missingParts'][number][] = [];
      const projectReview = review.get(c.id)?.score ?? (missing.push('projectReview'), dec(0));
      const grade = panel.get(c.id)?.grade ?? null;
      const panelPoints = panel.get(c.id)?.points ?? (missing.push('panelOpinion'), dec(0));
      const juryScore = jury.get(c.id);
      if (juryScore === undefined) missing.push('jury');
      return {
        candidacyId: c.id,
        projectReview,
        panelPoints,
        panelGrade: grade,
        // rankCandidates wants higher = better; gradeOrder gives 0 for the best grade.
        panelGradeRank: grade ? PANEL_GRADES.length - gradeOrder(grade) : 0,
        jury: dec(juryScore ?? 0),
        submittedAt: new Date(c.submittedAt),
        missingParts: missing,
      };
    });
}
