/**
 * Filling seats from candidates ranked by approvals — shared by the congress tally (where only candidates with
 * a majority take part) and the run-off (where everyone tied takes part).
 *
 * Candidates with more approvals take seats first. When the last seats would have to be split among candidates
 * with equal approvals, counting cannot choose: those seats stay open for a run-off among exactly the tied ones,
 * while the seats above the tie are filled.
 */
export interface Contender {
  readonly candidateId: string;
  readonly approvals: number;
}

export interface SeatAllocation {
  /** By approvals, most first; equal approvals keep the input order (ballot order), which decides nothing. */
  readonly elected: readonly Contender[];
  /** Candidates tied for the last seats (empty when there is no tie). */
  readonly tied: readonly Contender[];
  /** Seats left for the tied candidates. */
  readonly tiedSeats: number;
  /** Seats left because too few contenders (0 when all seats are filled or tied). */
  readonly unfilledSeats: number;
}

export const allocateSeats = (contenders: readonly Contender[], seats: number): SeatAllocation => {
  const ranked = contenders
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.approvals - a.c.approvals || a.i - b.i)
    .map(({ c }) => c);
  if (ranked.length <= seats) {
    return { elected: ranked, tied: [], tiedSeats: 0, unfilledSeats: seats - ranked.length };
  }
  const cutoff = ranked[seats - 1].approvals;
  if (ranked[seats].approvals < cutoff) {
    return { elected: ranked.slice(0, seats), tied: [], tiedSeats: 0, unfilledSeats: 0 };
  }
  const elected = ranked.filter((c) => c.approvals > cutoff);
  return {
    elected,
    tied: ranked.filter((c) => c.approvals === cutoff),
    tiedSeats: seats - elected.length,
    unfilledSeats: 0,
  };
};
