import Decimal from 'decimal.js';
import { dec, DecimalInput } from '../shared/score';
import { conflict, invalid } from '../shared/domain-error';
import {
  CandidateAttributes,
  CheckedQuota,
  Quota,
  QuotaViolation,
  checkQuotas,
  matchesQuota,
  maximumCount,
  minimumCount,
  quotaShortfall,
  validateQuota,
} from '../quotas/quota-check';

/**
 * Stage 8 — Shortlist (差额考察): the top candidates go forward to inspection, honouring quotas.
 */

/** The part of a ranked candidate the shortlist needs (a `RankedCandidate` fits). */
export interface RankedRef {
  readonly candidacyId: string;
  readonly rank: number;
}

export type AttributesById = ReadonlyMap<string, CandidateAttributes> | Readonly<Record<string, CandidateAttributes>>;

export const DEFAULT_SHORTLIST_MARGIN_PERCENT = 20;

/**
 * Shortlist size = max(ceil(seats × (1 + margin/100)), seats + 1).
 * Rounded up so the margin is never undercut, and at least one more than seats because the selection must stay
 * competitive (差额) even when the margin is small. 3 seats at 20% → 4; 2 seats → 3; 10 seats → 12.
 */
export const shortlistSize = (seats: number, marginPercent: DecimalInput = DEFAULT_SHORTLIST_MARGIN_PERCENT): number => {
  if (!Number.isSafeInteger(seats) || seats < 1) {
    throw invalid('shortlist.seats-invalid', 'Seats must be a positive whole number', 'seats');
  }
  let margin: Decimal;
  try {
    margin = dec(marginPercent);
  } catch {
    throw invalid('shortlist.margin-invalid', 'The competitive margin must be a number', 'marginPercent');
  }
  if (!margin.isFinite() || margin.isNegative()) {
    throw invalid('shortlist.margin-invalid', 'The competitive margin must be zero or more', 'marginPercent');
  }
  const withMargin = dec(seats).times(margin.plus(100)).div(100).ceil().toNumber();
  return Math.max(withMargin, seats + 1);
};

export interface ShortlistMember {
  readonly candidacyId: string;
  readonly rank: number;
  /** 'rank': inside the top `size`; 'quota-swap': brought in to honour a quota. */
  readonly via: 'rank' | 'quota-swap';
}

export interface QuotaSwap {
  readonly quota: string;
  /** 'min': too few quota candidates; 'max': too many. */
  readonly bound: 'min' | 'max';
  readonly removed: RankedRef;
  readonly added: RankedRef;
  readonly reason: string;
}

export interface Shortlist {
  /** The size asked for (see `shortlistSize`). */
  readonly size: number;
  /** Members in ranking order. Fewer than `size` only when there are not enough ranked candidates. */
  readonly members: readonly ShortlistMember[];
  /** Swaps in the order they were made, each with its reason, for the report. */
  readonly swaps: readonly QuotaSwap[];
  /** Quotas that could not be met by any swap (no suitable candidate left); empty when all are met. */
  readonly unmetQuotas: readonly QuotaViolation[];
  /**
   * Candidates who share the rank at the cut-off line, inside and outside (equal on every tie-break, even
   * submission time). Ranking order alone cannot choose between them, so the organiser must decide; empty normally.
   */
  readonly tiedAtCutoff: readonly string[];
  /** How many places could not be filled because there were too few ranked candidates. */
  readonly missingCandidates: number;
}

const attributesOf = (attributes: AttributesById, id: string): CandidateAttributes | undefined =>
  attributes instanceof Map ? attributes.get(id) : (attributes as Readonly<Record<string, CandidateAttributes>>)[id];

/** Ranking in rank order (stable for shared ranks), rejecting duplicates. */
const inRankOrder = <T extends RankedRef>(ranking: readonly T[]): T[] => {
  const seen = new Set<string>();
  for (const r of ranking) {
    if (seen.has(r.candidacyId)) {
      throw invalid('shortlist.duplicate-candidacy', `Candidacy ${r.candidacyId} appears twice in the ranking`, 'ranking');
    }
    seen.add(r.candidacyId);
  }
  return ranking
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.rank - b.r.rank || a.i - b.i)
    .map(({ r }) => r);
};

/** Looks up every candidate's attributes once; only needed when there are quotas. */
const attributeTable = (ids: readonly string[], attributes: AttributesById, needed: boolean): Map<string, CandidateAttributes> => {
  const table = new Map<string, CandidateAttributes>();
  for (const id of ids) {
    const found = attributesOf(attributes, id);
    if (found === undefined) {
      if (needed) throw invalid('shortlist.attributes-missing', `Attributes of candidacy ${id} are missing`, 'attributes');
      table.set(id, {});
    } else {
      table.set(id, found);
    }
  }
  return table;
};

/** Sum over quotas of how far `members` is from each quota, per quota. */
const shortfalls = (quotas: readonly CheckedQuota[], members: ReadonlySet<string>, table: ReadonlyMap<string, CandidateAttributes>): number[] =>
  quotas.map((q) => {
    let matching = 0;
    for (const id of members) if (matchesQuota(q, table.get(id)!)) matching++;
    return quotaShortfall(q, matching, members.size);
  });

/** True when no quota is further from being met after the change than before. */
const noWorse = (before: readonly number[], after: readonly number[]): boolean => after.every((v, i) => v <= before[i]);

/**
 * Forms the shortlist: the top `size` of the ranking, then quota swaps.
 *
 * - A minimum-share quota with too few members: the best-ranked quota candidates outside replace the
 *   lowest-ranked members who do not count for the quota.
 * - A maximum-share quota with too many members: the best-ranked candidates outside who do not count for it
 *   replace the lowest-ranked members who do.
 *
 * A swap is only made if it leaves no quota (the others included) further from being met than before; so swaps
 * for one quota never undo another, and the process always ends (every swap strictly reduces the total number of
 * people missing or surplus across quotas). A quota that no allowed swap can fix is reported in `unmetQuotas`.
 */
export const formShortlist = (ranking: readonly RankedRef[], attributes: AttributesById, size: number, quotas: readonly Quota[] = []): Shortlist => {
  if (!Number.isSafeInteger(size) || size < 1) {
    throw invalid('shortlist.size-invalid', 'The shortlist size must be a positive whole number', 'size');
  }
  const checked = quotas.map(validateQuota);
  const ordered = inRankOrder(ranking);
  const position = new Map(ordered.map((r, i) => [r.candidacyId, i]));
  const table = attributeTable(
    ordered.map((r) => r.candidacyId),
    attributes,
    checked.length > 0,
  );

  const members = new Set(ordered.slice(0, size).map((r) => r.candidacyId));
  const swappedIn = new Set<string>();
  const swaps: QuotaSwap[] = [];
  const byPosition = (ids: Iterable<string>) => [...ids].sort((a, b) => position.get(a)! - position.get(b)!);
  const ref = (id: string): RankedRef => ({ candidacyId: id, rank: ordered[position.get(id)!].rank });

  /** One swap that moves quota `q` towards being met; false if none is allowed. */
  const trySwap = (q: CheckedQuota): boolean => {
    const matching = [...members].filter((id) => matchesQuota(q, table.get(id)!)).length;
    const bound: 'min' | 'max' | null = matching < minimumCount(q, members.size) ? 'min' : matching > maximumCount(q, members.size) ? 'max' : null;
    if (bound === null) return false;
    // For 'min' bring in quota candidates and drop others; for 'max' the reverse.
    const wantIn = bound === 'min';
    const incoming = ordered.map((r) => r.candidacyId).filter((id) => !members.has(id) && matchesQuota(q, table.get(id)!) === wantIn);
    const outgoing = byPosition(members)
      .reverse()
      .filter((id) => matchesQuota(q, table.get(id)!) !== wantIn);
    const before = shortfalls(checked, members, table);
    for (const add of incoming) {
      for (const remove of outgoing) {
        const next = new Set(members);
        next.delete(remove);
        next.add(add);
        const after = shortfalls(checked, next, table);
        if (!noWorse(before, after)) continue;
        members.delete(remove);
        members.add(add);
        swappedIn.add(add);
        swappedIn.delete(remove);
        const removed = ref(remove);
        const added = ref(add);
        swaps.push({
          quota: q.label,
          bound,
          removed,
          added,
          reason:
            bound === 'min'
              ? `Quota ${q.label}: at least ${q.minSharePercent!.toString()}% required; ${add} (rank ${added.rank}) counts for it and replaces ${remove} (rank ${removed.rank}), the lowest-ranked member who does not`
              : `Quota ${q.label}: at most ${q.maxSharePercent!.toString()}% allowed; ${remove} (rank ${removed.rank}), the lowest-ranked member who counts for it, is replaced by ${add} (rank ${added.rank})`,
        });
        return true;
      }
    }
    return false;
  };

  let progress = true;
  while (progress) {
    progress = false;
    for (const q of checked) {
      while (trySwap(q)) progress = true;
    }
  }

  const finalIds = byPosition(members);
  const unmetQuotas = checkQuotas(
    finalIds.map((id) => ({ candidacyId: id, attributes: table.get(id)! })),
    quotas,
  );

  // A cut-off tie: the last place by rank order shares its rank with someone left outside.
  const tiedAtCutoff: string[] = [];
  if (ordered.length > size) {
    const cutoffRank = ordered[size - 1].rank;
    if (ordered[size].rank === cutoffRank) {
      tiedAtCutoff.push(...ordered.filter((r) => r.rank === cutoffRank).map((r) => r.candidacyId));
    }
  }

  return {
    size,
    members: finalIds.map((id) => ({ ...ref(id), via: swappedIn.has(id) ? 'quota-swap' : 'rank' })),
    swaps,
    unmetQuotas,
    tiedAtCutoff,
    missingCandidates: Math.max(0, size - ordered.length),
  };
};

export interface ReplaceFailedOptions {
  /** Candidates who may not be brought in: already failed inspection, withdrawn, disqualified. */
  readonly ineligibleIds?: Iterable<string>;
  /** When given (with attributes), the replacement must not leave any quota worse off than before the failure. */
  readonly quotas?: readonly Quota[];
  readonly attributes?: AttributesById;
}

export interface InspectionReplacement {
  readonly failedId: string;
  /** The candidate brought in, or null when no eligible candidate is left (the shortlist shrinks). */
  readonly replacement: RankedRef | null;
  /** Member ids in ranking order after the replacement. */
  readonly members: readonly string[];
  readonly reason: string;
  readonly unmetQuotas: readonly QuotaViolation[];
}

/**
 * A candidate who failed inspection (考察不合格) is replaced by the next-ranked eligible candidate not already on
 * the shortlist. With quotas, the best-ranked such candidate who keeps every quota at least as well met as before
 * the failure is taken (so a failed quota candidate is replaced by a quota candidate where one exists); if none
 * does, the plain next-ranked one is taken and the unmet quota is reported.
 */
export const replaceFailedInspection = (
  shortlist: readonly string[],
  ranking: readonly RankedRef[],
  failedId: string,
  options: ReplaceFailedOptions = {},
): InspectionReplacement => {
  if (!shortlist.includes(failedId)) {
    throw conflict('shortlist.not-a-member', `Candidacy ${failedId} is not on the shortlist`);
  }
  const ordered = inRankOrder(ranking);
  const position = new Map(ordered.map((r, i) => [r.candidacyId, i]));
  for (const id of shortlist) {
    if (!position.has(id)) throw invalid('shortlist.not-ranked', `Shortlisted candidacy ${id} is not in the ranking`, 'shortlist');
  }
  const quotas = options.quotas ?? [];
  const checked = quotas.map(validateQuota);
  const table = attributeTable(
    ordered.map((r) => r.candidacyId),
    options.attributes ?? new Map(),
    checked.length > 0,
  );
  const ineligible = new Set(options.ineligibleIds ?? []);
  ineligible.add(failedId);

  const remaining = new Set(shortlist.filter((id) => id !== failedId));
  const candidates = ordered.filter((r) => !remaining.has(r.candidacyId) && !ineligible.has(r.candidacyId));
  const before = shortfalls(checked, new Set(shortlist), table);
  const keepsQuotas = candidates.find((r) => noWorse(before, shortfalls(checked, new Set([...remaining, r.candidacyId]), table)));
  const chosen = keepsQuotas ?? candidates[0] ?? null;

  const members = [...remaining, ...(chosen ? [chosen.candidacyId] : [])].sort((a, b) => position.get(a)! - position.get(b)!);
  const reason =
    chosen === null
      ? `${failedId} failed inspection; no eligible candidate is left to replace her`
      : keepsQuotas && chosen !== candidates[0]
        ? `${failedId} failed inspection; replaced by ${chosen.candidacyId} (rank ${chosen.rank}), the best-ranked eligible candidate who keeps the quotas met`
        : `${failedId} failed inspection; replaced by ${chosen.candidacyId} (rank ${chosen.rank}), the next-ranked eligible candidate`;
  return {
    failedId,
    replacement: chosen ? { candidacyId: chosen.candidacyId, rank: chosen.rank } : null,
    members,
    reason,
    unmetQuotas: checkQuotas(
      members.map((id) => ({ candidacyId: id, attributes: table.get(id)! })),
      quotas,
    ),
  };
};
