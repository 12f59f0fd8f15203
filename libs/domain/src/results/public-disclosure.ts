import type { CandidacyConsent } from '../candidacy/candidacy-consent';
import type { CandidateStatus, ResultLine } from './result-line';

/**
 * Only what must be published (PIPL art. 6, minimisation): the qualified candidates and the outcome. Whoever failed
 * qualification or inspection, or withdrew, is left out altogether, since her line would say so about her. The
 * finalists and the elected (or awarded) are always named, since a result names them (the privacy notice says so);
 * anyone else is named, and her employer and project shown, only with her consent to each.
 */
const LEFT_OUT: ReadonlySet<CandidateStatus> = new Set(['not-qualified', 'withdrawn', 'failed-inspection']);
const NAMED_BY_LAW: ReadonlySet<CandidateStatus> = new Set(['elected', 'not-elected', 'awarded', 'not-awarded']);

export function publicResultLine(line: ResultLine, consent: CandidacyConsent): ResultLine | undefined {
  if (LEFT_OUT.has(line.status)) return undefined;
  return {
    ...line,
    name: NAMED_BY_LAW.has(line.status) || consent.publishName ? line.name : null,
    employer: consent.publishEmployer ? line.employer : null,
    projectTitle: consent.publishProjectTitle ? line.projectTitle : null,
  };
}
