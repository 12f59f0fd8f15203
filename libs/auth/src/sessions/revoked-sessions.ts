import { ServiceUnavailableException } from '@nestjs/common';
import type { AppRedis } from '@app/queue';

/**
 * Sessions signed out or revoked, kept in Redis for as long as an access token of theirs could still be valid, so
 * that every api process refuses such a token on its next request without asking PostgreSQL. While Redis is away a
 * session token cannot be checked and is refused (503): a revoked person must not get back in through an outage.
 */
export class RevokedSessions {
  constructor(
    private readonly redis: AppRedis,
    private readonly prefix: string,
    private readonly accessTokenTtlSeconds: number,
  ) {}

  async revoke(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const pipeline = this.redis.multi();
    // A little longer than a token lives: a token signed a moment before the revocation is still covered.
    for (const id of sessionIds) pipeline.set(this.key(id), '1', 'EX', this.accessTokenTtlSeconds + 60);
    await pipeline.exec();
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    try {
      return (await this.redis.exists(this.key(sessionId))) === 1;
    } catch {
      throw new ServiceUnavailableException({
        code: 'session.check-unavailable',
        message: 'Your session cannot be checked at this moment; try again in a few seconds.',
      });
    }
  }

  private key(sessionId: string): string {
    return `${this.prefix}:revoked-session:${sessionId}`;
  }
}
