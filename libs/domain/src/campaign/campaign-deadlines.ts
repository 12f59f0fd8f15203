import { CAMPAIGN_TIME_ZONE } from '../shared/campaign-time-zone';
import { conflict, invalid } from '../shared/domain-error';
import type { CampaignState } from './campaign';
import type { DeadlineExtended, ExtendableDeadline } from './campaign-events';
import { type CampaignStage, stageIndex } from './campaign-stage';

/**
 * The stage each deadline closes: while the campaign has not gone past it, the deadline may still be moved later.
 * Candidacy's opening is not a deadline (moving it would refuse people who may already apply).
 */
export const DEADLINE_STAGES: Readonly<Record<ExtendableDeadline, CampaignStage>> = {
  candidacyClosesAt: 'candidacy-open',
  projectReviewClosesAt: 'project-review',
  juryClosesAt: 'jury',
  congressAt: 'election',
};

export const EXTENDABLE_DEADLINES = Object.keys(DEADLINE_STAGES) as ExtendableDeadline[];

/** The deadlines that may still move in a stage: none in draft (the configuration is edited), then those whose stage is not over. */
export const extendableDeadlinesIn = (stage: CampaignStage): ExtendableDeadline[] =>
  stage === 'draft' ? [] : EXTENDABLE_DEADLINES.filter((d) => stageIndex(stage) <= stageIndex(DEADLINE_STAGES[d]));

/** An instant as an organiser reads it in the campaign's zone, e.g. "2027-03-01 09:00 (Asia/Shanghai)". */
export function inCampaignZone(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: CAMPAIGN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} (${CAMPAIGN_TIME_ZONE})`;
}

/**
 * Once the campaign runs, a deadline moves only later, with a written reason, and only while its stage is not over
 * (issue 16). In draft the organiser edits the configuration instead. The extension is an event, so the history
 * keeps who moved which date, from when, to when and why.
 */
export function extendDeadline(state: CampaignState, input: { deadline: ExtendableDeadline; to: string; reason: string }): DeadlineExtended[] {
  const { deadline } = input;
  const closes = DEADLINE_STAGES[deadline];
  if (!closes) throw invalid('deadline.unknown', `"${String(deadline)}" is not a deadline that can be extended.`, 'deadline');
  if (state.stage === 'draft') {
    throw conflict('deadline.in-draft', 'In draft, change the date in the configuration; deadlines are extended once the campaign runs.', undefined, {
      deadline,
    });
  }
  if (stageIndex(state.stage) > stageIndex(closes)) {
    throw conflict('deadline.stage-over', `The stage "${closes}" is over; its deadline ${deadline} can no longer move.`, undefined, {
      deadline,
      stage: state.stage,
    });
  }
  const reason = input.reason.trim();
  if (!reason) throw invalid('deadline.reason-required', 'Say why the deadline is extended.', 'reason');
  const from = state.config.timeline[deadline];
  if (!from) throw conflict('deadline.not-set', `The campaign has no ${deadline} to extend.`, 'deadline', { deadline });
  const to = new Date(input.to);
  if (Number.isNaN(to.getTime())) throw invalid('deadline.date', 'The new deadline must be a date and time.', 'to');
  if (to <= new Date(from)) {
    throw invalid('deadline.not-later', `An extension moves the deadline later than ${inCampaignZone(from)}.`, 'to', {
      deadline,
      current: new Date(from).toISOString(),
      timeZone: CAMPAIGN_TIME_ZONE,
    });
  }
  return [{ type: 'DeadlineExtended', payload: { campaignId: state.id, deadline, from, to: input.to, reason } }];
}

/**
 * A candidacy is submitted or changed only between the timeline's opening and closing (when the organiser set
 * them), besides the stage being candidacy-open: a late action is refused with the date it missed.
 */
export function assertCandidacyPeriod(state: CampaignState, at: Date): void {
  const { candidacyOpensAt, candidacyClosesAt } = state.config.timeline;
  if (candidacyOpensAt && at < new Date(candidacyOpensAt)) {
    throw conflict('deadline.not-open', `Candidacy opens at ${inCampaignZone(candidacyOpensAt)}.`, undefined, {
      opensAt: new Date(candidacyOpensAt).toISOString(),
      timeZone: CAMPAIGN_TIME_ZONE,
    });
  }
  if (candidacyClosesAt && at > new Date(candidacyClosesAt)) {
    throw conflict('deadline.passed', `Candidacy closed at ${inCampaignZone(candidacyClosesAt)}.`, undefined, {
      closedAt: new Date(candidacyClosesAt).toISOString(),
      timeZone: CAMPAIGN_TIME_ZONE,
    });
  }
}
