import type { NominationKind } from '../candidacy/nomination';

/** Where a candidate ended in the selection (an honours campaign's finalists are awarded or not, never elected). */
export type CandidateStatus = 'elected' | 'not-elected' | 'awarded' | 'not-awarded' | 'failed-inspection' | 'not-shortlisted' | 'withdrawn' | 'not-qualified';

/** One candidate's line of the result, as the organiser sees it (public-disclosure.ts trims it for the public). */
export interface ResultLine {
  readonly rank: number | null;
  readonly candidacyId: string;
  /** Null in the public view where she did not consent to its publication (see public-disclosure). */
  readonly name: string | null;
  readonly employer: string | null;
  readonly projectTitle: string | null;
  readonly grassrootsFrontline: boolean;
  /** How she came forward, by kind only (自荐 / 组织推荐 / 联名推荐 / 下级评选产生): never who nominated her. */
  readonly nomination: NominationKind;
  readonly projectReview: string | null;
  readonly panelPoints: string | null;
  readonly panelGrade: string | null;
  readonly jury: string | null;
  readonly composite: string | null;
  readonly status: CandidateStatus;
  /** The position she was elected to. */
  readonly positionKey: string | null;
}
