import { randomUUID } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { RevokedSessions } from '@app/auth';
import { AppConfig } from '@app/config';
import type { Person } from '../people/person';
import { PeopleRepository } from '../people/people.repository';
import { newSecretToken, tokenHash } from '../secret-token';
import { decideRefresh } from './refresh-decision';
import { SessionsRepository } from './sessions.repository';

export interface SessionTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds until the access token expires. */
  readonly expiresIn: number;
}

const DAY_MS = 86_400_000;
const refreshRefused = () =>
  new UnauthorizedException({ code: 'session.refresh-refused', message: 'This refresh token is not valid (used, expired or revoked); sign in again.' });

/**
 * Issues, rotates and ends the sessions of real accounts: a short-lived access token (claims sub, name, roles,
 * sid, emailConfirmed) and a one-use refresh token kept server-side as a hash.
 */
@Injectable()
export class SessionTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
    private readonly people: PeopleRepository,
    private readonly revoked: RevokedSessions,
  ) {}

  async start(person: Person): Promise<SessionTokens> {
    return this.issue(person, randomUUID());
  }

  async refresh(refreshToken: string): Promise<SessionTokens> {
    const stored = await this.sessions.byTokenHash(tokenHash(refreshToken));
    const decision = decideRefresh(stored, new Date());
    if (decision.outcome === 'refuse') {
      if (decision.revokeFamily && stored) await this.endFamily(stored.familyId);
      throw refreshRefused();
    }
    if (!(await this.sessions.claimForRotation(stored!.id))) {
      // Another request exchanged it between our read and our claim: two holders, as above.
      await this.endFamily(stored!.familyId);
      throw refreshRefused();
    }
    const person = await this.people.byId(stored!.personId);
    if (!person || person.disabledAt) {
      await this.endFamily(stored!.familyId);
      throw refreshRefused();
    }
    return this.issue(person, stored!.familyId);
  }

  async endFamily(familyId: string): Promise<void> {
    await this.sessions.revokeFamily(familyId);
    await this.revoked.revoke([familyId]);
  }

  /** Signs the person out everywhere: after a password reset, or when she is disabled. */
  async endAllOf(personId: string): Promise<void> {
    await this.revoked.revoke(await this.sessions.revokeAllOf(personId));
  }

  private async issue(person: Person, familyId: string): Promise<SessionTokens> {
    const refreshToken = newSecretToken();
    await this.sessions.add(familyId, person.id, tokenHash(refreshToken), new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS));
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync(
      { sub: person.id, name: person.name, roles: person.roles, sid: familyId, emailConfirmed: !!person.emailConfirmedAt },
      { expiresIn },
    );
    return { accessToken, refreshToken, expiresIn };
  }
}
