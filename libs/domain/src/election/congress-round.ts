import { conflict, invalid } from '../shared/domain-error';

/**
 * Stage 9 — one round of a congress election (代表大会选举) for one position: who may vote, how many seats, who is
 * on the ballot, and the conditions under which the round may open at all.
 *
 * Counts of people and ballots are whole numbers, so comparisons are exact integer arithmetic; the one fraction
 * (the quorum, 2/3 by default) is kept as numerator/denominator and compared by cross-multiplication, never as a
 * float, because 2/3 has no exact decimal.
 */

/** The meeting is valid only if present delegates are MORE than numerator/denominator of registered delegates. */
export interface QuorumRule {
  readonly numerator: number;
  readonly denominator: number;
}

export const DEFAULT_QUORUM: QuorumRule = Object.freeze({ numerator: 2, denominator: 3 });

/** Majority of whom a candidate needs more than half: delegates present (default) or registered. */
export type MajorityBase = 'present' | 'registered';

/** An organiser's recorded decision to hold a round with no more candidates than seats (等额). */
export interface CompetitiveException {
  readonly reason: string;
  readonly recordedBy?: string;
}

export interface CongressRoundConfig {
  readonly positionId?: string;
  readonly registeredDelegates: number;
  readonly presentDelegates: number;
  readonly quorum?: QuorumRule;
  readonly majorityBase?: MajorityBase;
  readonly seats: number;
  /** Candidates printed on the ballot, in ballot order (this order is also the display order of the minutes). */
  readonly candidateIds: readonly string[];
  /** Present when write-ins (另选他人) are allowed: the persons who may be written in. Absent = not allowed. */
  readonly writeIns?: { readonly eligiblePersonIds: readonly string[] };
  readonly competitiveException?: CompetitiveException;
}

/** A validated round that has met its quorum and competitiveness rule, with every default filled in. */
export interface CongressRound {
  readonly positionId: string | null;
  readonly registeredDelegates: number;
  readonly presentDelegates: number;
  readonly quorum: QuorumRule;
  readonly majorityBase: MajorityBase;
  readonly seats: number;
  readonly candidateIds: readonly string[];
  /** null when write-ins are not allowed. */
  readonly writeInEligibleIds: readonly string[] | null;
  readonly competitiveException: CompetitiveException | null;
  /** Fewest approvals that are more than half of the majority base. */
  readonly majorityThreshold: number;
}

const wholeNumber = (value: number, field: string, min: number): void => {
  if (!Number.isSafeInteger(value) || value < min) {
    throw invalid('election.count-invalid', `${field} must be a whole number of at least ${min}`, field);
  }
};

const checkQuorumRule = (rule: QuorumRule): void => {
  wholeNumber(rule?.numerator, 'quorum.numerator', 0);
  wholeNumber(rule?.denominator, 'quorum.denominator', 1);
  if (rule.numerator >= rule.denominator) {
    throw invalid('election.quorum-invalid', 'The quorum fraction must be less than 1', 'quorum');
  }
};

const checkDelegates = (registered: number, present: number): void => {
  wholeNumber(registered, 'registeredDelegates', 1);
  wholeNumber(present, 'presentDelegates', 0);
  if (present > registered) {
    throw invalid('election.present-exceeds-registered', 'More delegates present than registered', 'presentDelegates');
  }
};

/** present > fraction × registered, compared as present × denominator > numerator × registered. */
export const hasQuorum = (registeredDelegates: number, presentDelegates: number, rule: QuorumRule = DEFAULT_QUORUM): boolean => {
  checkQuorumRule(rule);
  checkDelegates(registeredDelegates, presentDelegates);
  // BigInt so the cross-multiplication stays exact whatever the sizes.
  return BigInt(presentDelegates) * BigInt(rule.denominator) > BigInt(rule.numerator) * BigInt(registeredDelegates);
};

/** Throws conflict 'election.quorum-not-met' when the meeting may not vote: the round cannot open. */
export const assertQuorum = (registeredDelegates: number, presentDelegates: number, rule: QuorumRule = DEFAULT_QUORUM): void => {
  if (!hasQuorum(registeredDelegates, presentDelegates, rule)) {
    throw conflict(
      'election.quorum-not-met',
      `Quorum not met: ${presentDelegates} of ${registeredDelegates} registered delegates present; ` +
        `more than ${rule.numerator}/${rule.denominator} are required`,
      undefined,
      { present: presentDelegates, registered: registeredDelegates, numerator: rule.numerator, denominator: rule.denominator },
    );
  }
};

/**
 * A round must offer more candidates than seats (差额选举) unless the organiser recorded an exception with a
 * reason. Throws conflict 'election.not-competitive'.
 */
export const assertCompetitive = (candidateCount: number, seats: number, exception?: CompetitiveException | null): void => {
  wholeNumber(candidateCount, 'candidateCount', 0);
  wholeNumber(seats, 'seats', 1);
  if (candidateCount > seats) return;
  if (exception && typeof exception.reason === 'string' && exception.reason.trim().length > 0) return;
  throw conflict(
    'election.not-competitive',
    `${candidateCount} candidates for ${seats} seats: a round needs more candidates than seats unless an exception is recorded`,
    undefined,
    { candidates: candidateCount, seats },
  );
};

/** Fewest approvals that are more than half of `base` (exactly half is not enough): floor(base / 2) + 1. */
export const majorityThresholdOf = (base: number): number => Math.floor(base / 2) + 1;

const uniqueIds = (ids: readonly string[], field: string): void => {
  if (!Array.isArray(ids)) throw invalid('election.ids-invalid', `${field} must be a list`, field);
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || id.length === 0) throw invalid('election.ids-invalid', `${field} has an empty id`, field);
    if (seen.has(id)) throw invalid('election.duplicate-id', `${id} appears twice in ${field}`, field);
    seen.add(id);
  }
};

/**
 * Validates a round and opens it: throws 'invalid' for a malformed configuration, conflict
 * 'election.quorum-not-met' without quorum, conflict 'election.not-competitive' without enough candidates.
 */
export const openCongressRound = (config: CongressRoundConfig): CongressRound => {
  const quorum = config.quorum ?? DEFAULT_QUORUM;
  checkQuorumRule(quorum);
  checkDelegates(config.registeredDelegates, config.presentDelegates);
  wholeNumber(config.seats, 'seats', 1);
  uniqueIds(config.candidateIds, 'candidateIds');
  const majorityBase = config.majorityBase ?? 'present';
  if (majorityBase !== 'present' && majorityBase !== 'registered') {
    throw invalid('election.majority-base-invalid', 'The majority base must be present or registered', 'majorityBase');
  }
  let writeInEligibleIds: readonly string[] | null = null;
  if (config.writeIns) {
    uniqueIds(config.writeIns.eligiblePersonIds, 'writeIns.eligiblePersonIds');
    const onBallot = new Set(config.candidateIds);
    const clash = config.writeIns.eligiblePersonIds.find((id) => onBallot.has(id));
    if (clash !== undefined) {
      throw invalid('election.write-in-is-candidate', `${clash} is on the ballot and cannot also be a write-in`, 'writeIns');
    }
    writeInEligibleIds = Object.freeze([...config.writeIns.eligiblePersonIds]);
  }
  assertQuorum(config.registeredDelegates, config.presentDelegates, quorum);
  assertCompetitive(config.candidateIds.length, config.seats, config.competitiveException);
  const base = majorityBase === 'present' ? config.presentDelegates : config.registeredDelegates;
  return Object.freeze({
    positionId: config.positionId ?? null,
    registeredDelegates: config.registeredDelegates,
    presentDelegates: config.presentDelegates,
    quorum: { numerator: quorum.numerator, denominator: quorum.denominator },
    majorityBase,
    seats: config.seats,
    candidateIds: Object.freeze([...config.candidateIds]),
    writeInEligibleIds,
    competitiveException: config.competitiveException ?? null,
    majorityThreshold: majorityThresholdOf(base),
  });
};
