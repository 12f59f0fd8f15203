import { CAMPAIGN_FOLD } from './campaign/campaign';
import { CAMPAIGN_GRANTS_FOLD } from './campaign-grants/campaign-grants';
import { CANDIDACIES_BY_CANDIDATE_FOLD } from './candidacy/candidacies-by-candidate';
import { CANDIDACIES_FOLD } from './candidacy/candidacy';
import { CONGRESS_ELECTION_FOLD } from './election/congress-election-state';
import { EVALUATION_FOLD } from './evaluation/expert-panel';
import { JURY_FOLD } from './jury/juror-roster';
import { RESULTS_FOLD } from './results/results';
import type { AnyFold } from './shared/fold';
import { LATEST_JURY_RESULT_FOLD } from './ranking/part-scores';
import { SHORTLISTING_FOLD } from './shortlisting/shortlisting-state';

/** Every fold of a campaign's stream; `all-folds.spec.ts` checks each one resumed from snapshots against a full fold. */
export const ALL_FOLDS: readonly AnyFold[] = [
  CAMPAIGN_FOLD,
  CANDIDACIES_FOLD,
  CANDIDACIES_BY_CANDIDATE_FOLD,
  CAMPAIGN_GRANTS_FOLD,
  EVALUATION_FOLD,
  JURY_FOLD,
  LATEST_JURY_RESULT_FOLD,
  SHORTLISTING_FOLD,
  CONGRESS_ELECTION_FOLD,
  RESULTS_FOLD,
];
