import Decimal from 'decimal.js';
import { dec, DecimalInput, sum } from '../shared/score';
import { invalid } from '../shared/domain-error';
import { parseFiniteDecimal } from './parse-decimal';
import { trimmedMean } from './trimmed-mean';

/*
 * Reports on how the experts scored (DOMAIN.md stage 4: "report rater spread and agreement and flag outlying
 * experts"). None of these numbers decides an outcome; they help an organiser decide whether to ask for a
 * sheet to be re-examined. Reported figures that come out of a division or a root are therefore rounded for
 * reading (2 places, Kendall's W 4 places), while the outlier decision itself is taken on exact values.
 *
 * A recused or absent expert simply has no sheet for that candidate: nothing here expects a full matrix.
 */

/** One submitted sheet reduced to what the statistics need. */
export interface SheetTotalRecord {
  readonly expertId: string;
  readonly candidateId: string;
  readonly total: Decimal;
}

export interface CandidateSpread {
  readonly candidateId: string;
  readonly sheetCount: number;
  readonly min: Decimal;
  readonly max: Decimal;
  /** Population standard deviation (the panel is the whole population of its raters, not a sample), 2 places. */
  readonly standardDeviation: Decimal;
  /** The candidate's aggregate (trimmed mean), 2 places, for reading next to the spread. */
  readonly trimmedMean: Decimal;
}

export interface ExpertOffset {
  readonly expertId: string;
  readonly candidateCount: number;
  /** Mean of (her total − the candidate's trimmed mean): positive = more lenient than the panel. 2 places. */
  readonly meanOffset: Decimal;
}

export interface OutlierSheet {
  readonly expertId: string;
  readonly candidateId: string;
  readonly total: Decimal;
  /** 2 places, for reading; the flag was decided on the exact value. */
  readonly trimmedMean: Decimal;
  /** |total − trimmed mean|, 2 places, for reading. */
  readonly distance: Decimal;
}

export interface RaterStatisticsOptions {
  /** A sheet further than this (in sheet-total points) from its candidate's trimmed mean is flagged. */
  readonly outlierDistance?: DecimalInput;
}

export interface RaterStatistics {
  readonly candidates: readonly CandidateSpread[];
  readonly experts: readonly ExpertOffset[];
  /** Kendall's coefficient of concordance, 4 places, or null when it is not defined (see kendallsW). */
  readonly kendallsW: Decimal | null;
  readonly outliers: readonly OutlierSheet[];
}

export const DEFAULT_OUTLIER_DISTANCE = 15;

const reportRound = (value: Decimal, places = 2): Decimal => {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  // A tiny negative offset rounds to -0, which serialises as "-0" and reads like a penalty.
  return rounded.isZero() ? dec(0) : rounded;
};

interface Prepared {
  readonly sheets: readonly SheetTotalRecord[];
  readonly byCandidate: ReadonlyMap<string, readonly SheetTotalRecord[]>;
}

/**
 * Refuses input no statistic can make sense of: two sheets from one expert for one candidate would count her
 * twice, and a non-finite total would poison every mean. Totals are re-made as exact decimals because a caller's
 * plain Decimal carries only 20 digits and would silently round the differences taken from it.
 * Groups by first appearance so output order follows input order.
 */
function prepare(input: readonly SheetTotalRecord[]): Prepared {
  const seen = new Set<string>();
  const byCandidate = new Map<string, SheetTotalRecord[]>();
  const sheets = input.map((raw, i) => {
    if (!Decimal.isDecimal(raw.total) || !raw.total.isFinite()) {
      throw invalid('statistics.not-a-number', `Sheet ${i + 1} has no finite total.`, `sheets.${i}.total`);
    }
    const sheet: SheetTotalRecord = { expertId: raw.expertId, candidateId: raw.candidateId, total: dec(raw.total) };
    const pair = JSON.stringify([sheet.expertId, sheet.candidateId]);
    if (seen.has(pair)) {
      throw invalid('statistics.duplicate-sheet', `Expert "${sheet.expertId}" has more than one sheet for candidate "${sheet.candidateId}".`, `sheets.${i}`);
    }
    seen.add(pair);
    const group = byCandidate.get(sheet.candidateId);
    if (group) group.push(sheet);
    else byCandidate.set(sheet.candidateId, [sheet]);
    return sheet;
  });
  return { sheets, byCandidate };
}

/** Population standard deviation, computed from exact sums so that only the root itself is inexact. */
function populationStdDev(values: readonly Decimal[]): Decimal {
  const n = dec(values.length);
  const total = sum(values);
  const squares = sum(values.map((v) => v.times(v)));
  // n²·variance = n·Σx² − (Σx)²: one division, after the subtraction, instead of subtracting rounded means.
  const variance = n.times(squares).minus(total.times(total)).div(n.times(n));
  return variance.sqrt();
}

/** Per candidate: how far apart her experts' totals are. */
export function candidateSpreads(sheets: readonly SheetTotalRecord[]): CandidateSpread[] {
  return [...prepare(sheets).byCandidate].map(([candidateId, group]) => {
    const totals = group.map((s) => s.total);
    const sorted = [...totals].sort((a, b) => a.comparedTo(b));
    return {
      candidateId,
      sheetCount: totals.length,
      min: sorted[0],
      max: sorted[sorted.length - 1],
      standardDeviation: reportRound(populationStdDev(totals)),
      trimmedMean: reportRound(trimmedMean(totals)),
    };
  });
}

/** The exact trimmed mean of every candidate, the reference point for offsets and outliers. */
function candidateMeans(byCandidate: Prepared['byCandidate']): Map<string, Decimal> {
  return new Map([...byCandidate].map(([id, group]) => [id, trimmedMean(group.map((s) => s.total))]));
}

/**
 * Per expert: how much more (or less) generous she is than the panel, averaged over the candidates she scored.
 * The reference is the candidate's trimmed mean including her own sheet, as documented; with few sheets that
 * pulls her offset towards 0, which is conservative for a report that may prompt questions to an expert.
 */
export function expertOffsets(input: readonly SheetTotalRecord[]): ExpertOffset[] {
  const { sheets, byCandidate } = prepare(input);
  const means = candidateMeans(byCandidate);
  const byExpert = new Map<string, Decimal[]>();
  for (const s of sheets) {
    const offset = s.total.minus(means.get(s.candidateId)!);
    const list = byExpert.get(s.expertId);
    if (list) list.push(offset);
    else byExpert.set(s.expertId, [offset]);
  }
  return [...byExpert].map(([expertId, offsets]) => ({
    expertId,
    candidateCount: offsets.length,
    meanOffset: reportRound(sum(offsets).div(offsets.length)),
  }));
}

/**
 * Ranks from best (1) to worst, ties sharing the average of the ranks they span, plus the rater's tie term
 * Σ(t³ − t) over her groups of t tied candidates, which the tie-corrected W needs.
 */
export function averageRanks(values: readonly Decimal[]): { ranks: Decimal[]; tieTerm: Decimal } {
  const order = values.map((v, i) => ({ v: dec(v), i })).sort((a, b) => b.v.comparedTo(a.v) || a.i - b.i);
  const ranks: Decimal[] = new Array(values.length);
  let tieTerm = dec(0);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && order[end].v.equals(order[start].v)) end++;
    // Positions start..end-1 hold ranks start+1..end; their average is (start + 1 + end) / 2, exact in halves.
    const rank = dec(start + 1 + end).div(2);
    for (let k = start; k < end; k++) ranks[order[k].i] = rank;
    const t = dec(end - start);
    tieTerm = tieTerm.plus(t.pow(3).minus(t));
    start = end;
  }
  return { ranks, tieTerm };
}

/**
 * Kendall's W: agreement of the experts' rankings, from 0 (none) to 1 (identical).
 * Only candidates scored by every expert in the input can be ranked by all, so W is taken over those; an
 * expert who scored no common candidate therefore leaves none, and W is null. Null also when fewer than 2
 * experts or 2 common candidates, and when every expert tied every candidate (0/0: no ranking to agree on).
 *
 *   W = 12·S / (m²(n³ − n) − m·ΣT),  S = Σᵢ (Rᵢ − m(n + 1)/2)²,  T = Σ(t³ − t) per expert over her tie groups,
 * with m experts, n candidates and Rᵢ the sum of candidate i's ranks. Ranks are halves at worst, so S and the
 * denominator are exact and the only inexact step is the final division.
 */
export function kendallsW(input: readonly SheetTotalRecord[]): Decimal | null {
  const { sheets } = prepare(input);
  const byExpert = new Map<string, Map<string, Decimal>>();
  for (const s of sheets) {
    const scored = byExpert.get(s.expertId) ?? new Map<string, Decimal>();
    scored.set(s.candidateId, s.total);
    byExpert.set(s.expertId, scored);
  }
  const experts = [...byExpert.values()];
  const m = experts.length;
  if (m < 2) return null;
  const common = [...experts[0].keys()].filter((c) => experts.every((e) => e.has(c)));
  const n = common.length;
  if (n < 2) return null;

  const rankSums = common.map(() => dec(0));
  let tieTerms = dec(0);
  for (const scored of experts) {
    const { ranks, tieTerm } = averageRanks(common.map((c) => scored.get(c)!));
    ranks.forEach((r, i) => (rankSums[i] = rankSums[i].plus(r)));
    tieTerms = tieTerms.plus(tieTerm);
  }
  const mD = dec(m);
  const nD = dec(n);
  const meanRankSum = mD.times(nD.plus(1)).div(2);
  const s = sum(rankSums.map((r) => r.minus(meanRankSum).pow(2)));
  const denominator = mD.pow(2).times(nD.pow(3).minus(nD)).minus(mD.times(tieTerms));
  if (denominator.isZero()) return null;
  return reportRound(s.times(12).div(denominator), 4);
}

/** Sheets strictly further than `maxDistance` from their candidate's trimmed mean. */
export function outlierSheets(input: readonly SheetTotalRecord[], maxDistance: DecimalInput = DEFAULT_OUTLIER_DISTANCE): OutlierSheet[] {
  const limit = parseFiniteDecimal(maxDistance, 'statistics.outlier-distance', 'The outlier distance must be a number.', 'outlierDistance');
  if (limit.isNegative()) throw invalid('statistics.outlier-distance', 'The outlier distance cannot be negative.', 'outlierDistance');
  const { sheets, byCandidate } = prepare(input);
  const means = candidateMeans(byCandidate);
  return sheets.flatMap((s) => {
    const mean = means.get(s.candidateId)!;
    const distance = s.total.minus(mean).abs();
    if (!distance.greaterThan(limit)) return [];
    return [{ expertId: s.expertId, candidateId: s.candidateId, total: s.total, trimmedMean: reportRound(mean), distance: reportRound(distance) }];
  });
}

/** Everything an organiser's rater report shows, from one list of submitted sheets. */
export function raterStatistics(sheets: readonly SheetTotalRecord[], options: RaterStatisticsOptions = {}): RaterStatistics {
  return {
    candidates: candidateSpreads(sheets),
    experts: expertOffsets(sheets),
    kendallsW: kendallsW(sheets),
    outliers: outlierSheets(sheets, options.outlierDistance ?? DEFAULT_OUTLIER_DISTANCE),
  };
}
