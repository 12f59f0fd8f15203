import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { SignInThrottle } from '@app/identity/sign-in/sign-in-throttle';

/** The sign-in lockout's counting on the real Redis: atomic under bursts, per account and per address, growing waits. */
describe('sign-in throttle (real Redis)', () => {
  const redis = new IORedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const prefix = `os_test_${randomBytes(4).toString('hex')}`;
  const throttle = new SignInThrottle(redis, prefix, { failuresPerAccount: 3, failuresPerAddress: 5, firstWaitMs: 4000 });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  const fail = async (login: string, address: string) => {
    const slot = await throttle.reserve(login, address);
    if (slot.granted) await throttle.settle(login, address, true);
    return slot;
  };

  it('a burst of parallel guesses at one account gets no more password checks than the limit', async () => {
    const slots = await Promise.all(Array.from({ length: 20 }, (_, i) => throttle.reserve('email:burst@example.org', `10.0.0.${i}`)));
    expect(slots.filter((s) => s.granted)).toHaveLength(3);
  });

  it('makes the account wait after the limit, and each further failure doubles the wait', async () => {
    for (let i = 0; i < 3; i += 1) expect((await fail('email:wait@example.org', '10.1.0.1')).granted).toBe(true);
    const first = await throttle.reserve('email:wait@example.org', '10.1.0.2');
    expect(first).toEqual({ granted: false, retryAfterSeconds: 4 });

    // Past the wait one more check is allowed; failing it waits twice as long.
    await redis.del(`${prefix}:sign-in:account:${await keyHash('email:wait@example.org')}:waiting`);
    expect((await fail('email:wait@example.org', '10.1.0.3')).granted).toBe(true);
    expect(await throttle.reserve('email:wait@example.org', '10.1.0.4')).toEqual({ granted: false, retryAfterSeconds: 8 });
  });

  it("a right password clears the account's count but not the address's", async () => {
    for (let i = 0; i < 2; i += 1) await fail('email:clear@example.org', '10.2.0.1');
    expect((await throttle.reserve('email:clear@example.org', '10.2.0.1')).granted).toBe(true);
    await throttle.settle('email:clear@example.org', '10.2.0.1', false);
    for (let i = 0; i < 2; i += 1) expect((await fail('email:clear@example.org', '10.2.0.2')).granted).toBe(true);
    expect((await throttle.reserve('email:clear@example.org', '10.2.0.3')).granted).toBe(true);
    await throttle.settle('email:clear@example.org', '10.2.0.3', false);
  });

  it('an address guessing at many accounts waits, while other addresses go on', async () => {
    for (let i = 0; i < 5; i += 1) expect((await fail(`email:victim-${i}@example.org`, '10.3.0.1')).granted).toBe(true);
    const blocked = await throttle.reserve('email:someone-else@example.org', '10.3.0.1');
    expect(blocked.granted).toBe(false);
    const elsewhere = await throttle.reserve('email:someone-else@example.org', '10.3.0.2');
    expect(elsewhere.granted).toBe(true);
    await throttle.settle('email:someone-else@example.org', '10.3.0.2', false);
  });
});

async function keyHash(id: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(id).digest('hex').slice(0, 32);
}
