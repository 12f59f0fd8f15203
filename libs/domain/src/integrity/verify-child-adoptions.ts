import type { CandidacySubmitted } from '../candidacy/candidacy-events';
import { certifiedFinalistsOf } from '../hand-over/certified-finalists';
import type { ChildFinalistsAdopted } from '../hand-over/hand-over-events';
import { foldResults } from '../results/results';
import type { DomainEvent } from '../shared/domain-event';
import type { CampaignLog, VerificationProblem } from './verify-campaign-log';

export interface ChildAdoptionReport {
  /** ChildFinalistsAdopted events found to match their child's log. */
  readonly checked: number;
  readonly problems: VerificationProblem[];
}

const sorted = (ids: readonly string[]) => [...ids].sort();

/**
 * Each ChildFinalistsAdopted of a parent's log against the child's own exported log (whose hash chain and results
 * verifyCampaignLog checks on its own): the child's log must hold the event it names, the child's result must be
 * certified at that event, and the adopted people must be exactly its finalists there, each once, each recorded
 * as a parent candidacy nominated by that child.
 */
export function verifyChildAdoptions(parent: CampaignLog, children: readonly CampaignLog[]): ChildAdoptionReport {
  const problems: VerificationProblem[] = [];
  let checked = 0;
  const submitted = new Map<string, CandidacySubmitted['payload']>();
  for (const event of parent.events) {
    if (event.type === 'CandidacySubmitted') {
      const p = event.payload as CandidacySubmitted['payload'];
      submitted.set(p.candidacyId, p);
    }
    if (event.type !== 'ChildFinalistsAdopted') continue;
    const where = { version: event.version, type: event.type };
    const found = (message: string) => problems.push({ ...where, message });
    const { childCampaignId, childLastEventHash, candidacies } = event.payload as ChildFinalistsAdopted['payload'];
    const child = children.find((c) => c.campaignId === childCampaignId);
    if (!child) {
      found(`the log of child campaign ${childCampaignId} was not given`);
      continue;
    }
    const at = child.events.findIndex((e) => e.hash === childLastEventHash);
    if (at < 0) {
      found(`child campaign ${childCampaignId} has no event with hash ${childLastEventHash}`);
      continue;
    }
    const prefix: DomainEvent[] = child.events.slice(0, at + 1).map((e) => ({ type: e.type, payload: e.payload }));
    const finalists = certifiedFinalistsOf(foldResults(prefix));
    if (!finalists) {
      found(`child campaign ${childCampaignId} had no certified result at ${childLastEventHash}`);
      continue;
    }
    const adopted = candidacies.map((c) => c.childCandidacyId);
    if (JSON.stringify(sorted(adopted)) !== JSON.stringify(sorted(finalists))) {
      found(`adopted ${sorted(adopted).join(', ')} but the child's certified finalists are ${sorted(finalists).join(', ')}`);
      continue;
    }
    const unmatched = candidacies.filter(({ candidacyId, childCandidacyId }) => {
      const n = submitted.get(candidacyId)?.nomination;
      return !(n?.channel === 'child-campaign' && n.childCampaignId === childCampaignId && n.childCandidacyId === childCandidacyId);
    });
    if (unmatched.length > 0) {
      found(`no candidacy nominated by the child for ${unmatched.map((c) => c.childCandidacyId).join(', ')}`);
      continue;
    }
    checked += 1;
  }
  return { checked, problems };
}
