import { withCurrentMinutes } from './recorded-minutes';
import { tallyRunOff } from './run-off';

const runOffMinutes = tallyRunOff(
  { registeredDelegates: 120, presentDelegates: 100, seats: 1, candidateIds: ['B', 'C'] },
  {
    method: 'paper',
    ballotsIssued: 100,
    ballotsReturned: 100,
    invalidBallots: 0,
    perCandidate: { B: { approve: 58, oppose: 42, abstain: 0 }, C: { approve: 40, oppose: 60, abstain: 0 } },
  },
).minutes;

describe('withCurrentMinutes: rounds recorded before the minutes said what decides', () => {
  it('reads a run-off recorded as "majority passed" for 40 of 100 as won by most votes, with no majority claimed', () => {
    const { electedBy: _, ...rest } = runOffMinutes;
    const legacy = { ...rest, candidates: rest.candidates.map((l) => ({ ...l, passesMajority: true })) };
    const event = withCurrentMinutes({ type: 'CongressRoundClosed', payload: { roundId: 'r', minutes: legacy } });
    expect(event.payload).toEqual({ roundId: 'r', minutes: runOffMinutes });
  });

  it('adds "majority" to an ordinary round and keeps its lines', () => {
    const legacy = { round: 'congress', candidates: [{ candidateId: 'B', passesMajority: false }] };
    expect(withCurrentMinutes({ type: 'CongressRoundClosed', payload: { minutes: legacy } }).payload).toEqual({
      minutes: { ...legacy, electedBy: 'majority' },
    });
  });

  it('leaves current minutes and other events as they are (the same object)', () => {
    const current = { type: 'CongressRoundClosed', payload: { minutes: runOffMinutes } };
    expect(withCurrentMinutes(current)).toBe(current);
    const other = { type: 'ResultsPublished', payload: {} };
    expect(withCurrentMinutes(other)).toBe(other);
  });
});
