import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, InternalServerErrorException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES as KNOWN_ROLES, type Role } from '@app/domain';
import type { AuthUser } from './auth-user';
import { IS_PUBLIC, ROLES } from './auth.decorators';

/**
 * One guard for every route: a public route passes; any other needs a valid bearer token (else 401) and one of
 * the roles the route names (else 403). A route that names no roles is refused, so none is open by mistake.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : (request.query?.access_token as string | undefined);
    if (!token) throw new UnauthorizedException('Sign in first: send "Authorization: Bearer <token>".');
    let user: AuthUser;
    try {
      const claims = await this.jwt.verifyAsync<{ sub: string; name?: string; roles: Role[] }>(token);
      user = { id: claims.sub, name: claims.name, roles: (claims.roles ?? []).filter((r) => KNOWN_ROLES.includes(r)) };
    } catch {
      throw new UnauthorizedException('The bearer token is invalid or has expired; sign in again.');
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
