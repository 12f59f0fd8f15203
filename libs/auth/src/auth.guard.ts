import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, InternalServerErrorException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES as KNOWN_ROLES, type Role } from '@app/domain';
import type { AuthUser } from './auth-user';
import { IS_PUBLIC, QUERY_TOKEN, ROLES } from './auth.decorators';
import { RevokedSessions } from './sessions/revoked-sessions';

interface TokenClaims {
  sub?: unknown;
  exp?: unknown;
  name?: unknown;
  roles?: unknown;
  sid?: unknown;
  emailConfirmed?: unknown;
}

/**
 * One guard for every route: a public route passes; any other needs a valid bearer token (else 401) and one of
 * the roles the route names (else 403). A route that names no roles is refused, so none is open by mistake.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly revokedSessions: RevokedSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const queryToken = this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN, targets) ? request.query?.access_token : undefined;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : typeof queryToken === 'string' ? queryToken : undefined;
    if (!token) throw new UnauthorizedException('Sign in first: send "Authorization: Bearer <token>".');
    const user = userOf(await this.jwt.verifyAsync<TokenClaims>(token).catch(() => undefined));
    if (!user) throw new UnauthorizedException('The bearer token is invalid or has expired; sign in again.');
    if (user.sessionId && (await this.revokedSessions.isRevoked(user.sessionId))) {
      throw new UnauthorizedException({ code: 'session.revoked', message: 'This session has ended (signed out or revoked); sign in again.' });
    }
    request.user = user;

    const required = this.reflector.getAllAndOverride<Role[] | 'any' | undefined>(ROLES, targets);
    if (required === undefined) throw new InternalServerErrorException('This route declares no roles.');
    if (required === 'any') return true;
    if (!required.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException(`This needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }
}

/**
 * The person a verified token names, or undefined. A signature alone is not enough: a token without a subject
 * would be nobody (and a query for "her own" rows with no id matches everyone's), and one without an expiry
 * would never expire.
 */
function userOf(claims: TokenClaims | undefined): AuthUser | undefined {
  if (!claims || typeof claims.sub !== 'string' || claims.sub === '' || typeof claims.exp !== 'number') return undefined;
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => KNOWN_ROLES.includes(r)) : [];
  return {
    id: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : undefined,
    roles,
    sessionId: typeof claims.sid === 'string' && claims.sid !== '' ? claims.sid : undefined,
    emailConfirmed: typeof claims.emailConfirmed === 'boolean' ? claims.emailConfirmed : undefined,
  };
}
