import type { DomainEvent } from '../shared/domain-event';
import type { ElectionMinutes } from './tally-congress-election';

type RecordedMinutes = Omit<ElectionMinutes, 'electedBy'> & { electedBy?: ElectionMinutes['electedBy'] };

/**
 * Rounds closed before the minutes said what decides were recorded without `electedBy`, and with every run-off
 * line marked as passing the majority (a run-off needs none). Reads such a recorded event as today's minutes
 * would state it, so that old and new rounds read, display and verify alike; the stored event is never changed.
 */
export function withCurrentMinutes<E extends DomainEvent>(event: E): E {
  if (event.type !== 'CongressRoundClosed') return event;
  const payload = event.payload as { minutes?: RecordedMinutes };
  const minutes = payload.minutes;
  if (!minutes || minutes.electedBy !== undefined) return event;
  const runOff = minutes.round === 'run-off';
  const current: ElectionMinutes = {
    ...minutes,
    electedBy: runOff ? 'most-votes' : 'majority',
    candidates: runOff ? minutes.candidates.map((line) => ({ ...line, passesMajority: null })) : minutes.candidates,
  };
  return { ...event, payload: { ...payload, minutes: current } };
}
