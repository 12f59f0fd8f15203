import Decimal from 'decimal.js';
import { dec, DecimalInput } from '../shared/score';
import { invalid } from '../shared/domain-error';

/**
 * Composition quotas (e.g. "grassroots front-line people at least 30% of the standing committee",
 * "full-time members at most 50% of a leadership team").
 *
 * A quota names a candidate attribute and the value that makes a candidate count for it (default `true`, for
 * boolean flags such as `grassrootsFrontline`). Shares are of the whole group being checked (the shortlist, or
 * the elected set). Bounds are turned into whole head counts exactly: at least p% of n means at least
 * ceil(n·p/100) people, at most p% of n means at most floor(n·p/100) people — a share can only be met by people.
 */
export type AttributeValue = string | number | boolean | null | undefined;
export type CandidateAttributes = Readonly<Record<string, AttributeValue>>;

export interface Quota {
  /** A label for reports; defaults to `attribute=value`. */
  readonly id?: string;
  readonly attribute: string;
  /** The value that counts for the quota; default `true`. E.g. `{ attribute: 'employment', equals: 'full-time' }`. */
  readonly equals?: string | number | boolean;
  readonly minSharePercent?: DecimalInput;
  readonly maxSharePercent?: DecimalInput;
}

/** A quota after validation, with exact bounds. */
export interface CheckedQuota {
  readonly label: string;
  readonly attribute: string;
  readonly equals: string | number | boolean;
  readonly minSharePercent: Decimal | null;
  readonly maxSharePercent: Decimal | null;
}

export interface QuotaMember {
  readonly candidacyId: string;
  readonly attributes: CandidateAttributes;
}

export interface QuotaViolation {
  readonly quota: string;
  readonly attribute: string;
  readonly equals: string | number | boolean;
  /** 'min': too few people counting for the quota; 'max': too many. */
  readonly bound: 'min' | 'max';
  readonly limitPercent: Decimal;
  /** The head count the bound allows: the minimum required ('min') or the maximum allowed ('max'). */
  readonly limitCount: number;
  readonly actualCount: number;
  readonly total: number;
  /** actualCount ÷ total × 100 (0 for an empty group); for display — the decision uses head counts. */
  readonly actualSharePercent: Decimal;
  /** Who counts for the quota in the checked group. */
  readonly matchingIds: readonly string[];
  readonly message: string;
}

const parseShare = (value: DecimalInput | undefined, label: string, which: string): Decimal | null => {
  if (value === undefined || value === null) return null;
  let share: Decimal;
  try {
    share = dec(value);
  } catch {
    throw invalid('quota.invalid', `Quota ${label}: ${which} share must be a number`, 'quotas');
  }
  if (!share.isFinite() || share.isNegative() || share.gt(100)) {
    throw invalid('quota.invalid', `Quota ${label}: ${which} share must be between 0 and 100`, 'quotas');
  }
  return share;
};

export const quotaLabel = (quota: Quota): string => quota.id ?? `${quota.attribute}=${String(quota.equals ?? true)}`;

/** Validates a quota: an attribute, at least one bound, bounds within 0–100 and min ≤ max. */
export const validateQuota = (quota: Quota): CheckedQuota => {
  if (!quota || typeof quota.attribute !== 'string' || quota.attribute.length === 0) {
    throw invalid('quota.invalid', 'A quota needs an attribute', 'quotas');
  }
  const label = quotaLabel(quota);
  const min = parseShare(quota.minSharePercent, label, 'minimum');
  const max = parseShare(quota.maxSharePercent, label, 'maximum');
  if (min === null && max === null) {
    throw invalid('quota.invalid', `Quota ${label} needs a minimum or a maximum share`, 'quotas');
  }
  if (min !== null && max !== null && min.gt(max)) {
    throw invalid('quota.invalid', `Quota ${label}: minimum share exceeds maximum share`, 'quotas');
  }
  return { label, attribute: quota.attribute, equals: quota.equals ?? true, minSharePercent: min, maxSharePercent: max };
};

export const matchesQuota = (quota: CheckedQuota | Quota, attributes: CandidateAttributes): boolean => attributes[quota.attribute] === (quota.equals ?? true);

/** Fewest people who must count for the quota in a group of `total` (0 when there is no minimum). */
export const minimumCount = (quota: CheckedQuota, total: number): number =>
  quota.minSharePercent === null ? 0 : quota.minSharePercent.times(total).div(100).ceil().toNumber();

/** Most people who may count for the quota in a group of `total` (`total` when there is no maximum). */
export const maximumCount = (quota: CheckedQuota, total: number): number =>
  quota.maxSharePercent === null ? total : quota.maxSharePercent.times(total).div(100).floor().toNumber();

/**
 * How far a group is from meeting the quota, in people: missing people below the minimum plus surplus people
 * above the maximum. 0 means met. Shortlist swaps use it to make sure no swap makes any quota worse.
 */
export const quotaShortfall = (quota: CheckedQuota, matching: number, total: number): number =>
  Math.max(0, minimumCount(quota, total) - matching) + Math.max(0, matching - maximumCount(quota, total));

/**
 * Checks every quota on a group (typically the elected set, before certification). Returns one violation per
 * broken bound; an empty list means the group may be certified as far as quotas go.
 */
export const checkQuotas = (selected: readonly QuotaMember[], quotas: readonly Quota[]): QuotaViolation[] => {
  const checked = quotas.map(validateQuota);
  const total = selected.length;
  const violations: QuotaViolation[] = [];
  for (const quota of checked) {
    const matchingIds = selected.filter((m) => matchesQuota(quota, m.attributes)).map((m) => m.candidacyId);
    const actualCount = matchingIds.length;
    const actualSharePercent = total === 0 ? dec(0) : dec(actualCount).times(100).div(total);
    const base = { quota: quota.label, attribute: quota.attribute, equals: quota.equals, actualCount, total, actualSharePercent, matchingIds };
    const min = minimumCount(quota, total);
    if (quota.minSharePercent !== null && actualCount < min) {
      violations.push({
        ...base,
        bound: 'min',
        limitPercent: quota.minSharePercent,
        limitCount: min,
        message: `Quota ${quota.label}: at least ${quota.minSharePercent.toString()}% required (${min} of ${total}), found ${actualCount}`,
      });
    }
    const max = maximumCount(quota, total);
    if (quota.maxSharePercent !== null && actualCount > max) {
      violations.push({
        ...base,
        bound: 'max',
        limitPercent: quota.maxSharePercent,
        limitCount: max,
        message: `Quota ${quota.label}: at most ${quota.maxSharePercent.toString()}% allowed (${max} of ${total}), found ${actualCount}`,
      });
    }
  }
  return violations;
};
