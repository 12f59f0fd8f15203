import { validateConfig } from '@app/config';
import { BallotRateLimiter } from './ballot-rate-limiter';
import { RetryLaterError } from './retry-later';

const limiter = (perMinute: number) => new BallotRateLimiter(validateConfig({ JURY_BALLOTS_PER_JUROR_PER_MINUTE: String(perMinute) }));
const refusal = (run: () => void) => {
  try {
    run();
    return undefined;
  } catch (err) {
    return err as RetryLaterError;
  }
};

describe('the per-juror ballot limit (in memory)', () => {
  it.each([
    [1, 1],
    [3, 3],
    [20, 20],
  ])('lets %i ballot(s) a minute through, refuses the next with 429 and when to come back', (perMinute, allowed) => {
    const l = limiter(perMinute);
    const t0 = 1_000_000;
    for (let i = 0; i < allowed; i += 1) expect(refusal(() => l.consume('juror-a', t0 + i))).toBeUndefined();
    const refused = refusal(() => l.consume('juror-a', t0 + 15_000));
    expect(refused).toBeInstanceOf(RetryLaterError);
    expect([refused?.reason, refused?.code, refused?.retryAfterSeconds]).toEqual(['rate-limited', 'jury.ballot-rate-limited', 45]);
    // Another juror (the same village hall, the same address) is not held up.
    expect(refusal(() => l.consume('juror-b', t0 + 15_000))).toBeUndefined();
    // A new minute, a new window.
    expect(refusal(() => l.consume('juror-a', t0 + 60_000))).toBeUndefined();
  });
});
