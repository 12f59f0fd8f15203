import { invalid } from '../shared/domain-error';
import type { CampaignConfig, CampaignTimeline } from './campaign-config';

/** How the copy's dates are found: a whole number of days, or the day candidacy is to open (its time kept). */
export type TimelineShift = { readonly shiftDays: number } | { readonly candidacyOpensOn: string };

export interface CloneOptions {
  readonly title?: string;
  readonly organisingBody?: string;
  readonly shift: TimelineShift;
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/** The calendar day an ISO 8601 text is written on, counted in days since 1970-01-01. */
function dayNumber(iso: string, field: string): number {
  const m = DATE_PREFIX.exec(iso);
  if (!m) throw invalid('clone.date', `"${iso}" is not an ISO 8601 date.`, field);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/**
 * Moves an ISO 8601 text by whole days, rewriting only its calendar date: the time of day and the offset stay as
 * written, so with an offset (or Z) the instant moves by exactly days × 24 h and nothing is rounded.
 */
export function shiftIsoDate(iso: string, days: number): string {
  const day = dayNumber(iso, 'timeline') + days;
  const shifted = new Date(day * DAY_MS).toISOString().slice(0, 10);
  return shifted + iso.slice(10);
}

/** The whole days between the source's candidacy opening day and the day the copy's candidacy opens. */
export function shiftDaysOf(timeline: CampaignTimeline, shift: TimelineShift): number {
  if ('shiftDays' in shift) {
    if (!Number.isInteger(shift.shiftDays)) throw invalid('clone.shift-days', 'The timeline moves by a whole number of days.', 'shiftDays');
    return shift.shiftDays;
  }
  if (!timeline.candidacyOpensAt) {
    throw invalid('clone.no-opening-date', 'The campaign copied has no candidacy opening date to move; give shiftDays instead.', 'candidacyOpensOn');
  }
  return dayNumber(shift.candidacyOpensOn, 'candidacyOpensOn') - dayNumber(timeline.candidacyOpensAt, 'timeline.candidacyOpensAt');
}

/**
 * A past campaign's configuration for a new one (issue 16): positions, rubric, weights, quotas and rules as they
 * were, every date of the timeline moved by the same number of days. Only configuration: the copy knows nothing of
 * the source's candidacies, people, scores or results, which are events of the source and never part of its config.
 */
export function cloneCampaignConfig(source: CampaignConfig, options: CloneOptions): CampaignConfig {
  const days = shiftDaysOf(source.timeline, options.shift);
  const timeline = Object.fromEntries(
    Object.entries(source.timeline).map(([key, iso]) => [key, typeof iso === 'string' ? shiftIsoDate(iso, days) : iso]),
  ) as CampaignTimeline;
  return {
    ...source,
    title: options.title?.trim() || source.title,
    organisingBody: options.organisingBody?.trim() || source.organisingBody,
    timeline,
  };
}
