import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Role } from '@app/domain';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const QUERY_TOKEN = 'auth:query-token';

/**
 * Who may call a route is also written into the OpenAPI document as `x-roles`, so that clients can read it and
 * the route-table test can walk every route × every role against it.
 */
const documentRoles = (roles: readonly string[]) => ApiExtension('x-roles', roles);

/** Open to anyone, signed in or not (health, docs, published results, dev login). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), documentRoles(['public']));

/** Only people holding one of these roles. Every non-public route must say who may call it. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES, roles), ApiBearerAuth(), documentRoles(roles));

/** Any signed-in person, whatever her role (e.g. reading her own command's outcome). */
export const AnyRole = () => applyDecorators(SetMetadata(ROLES, 'any'), ApiBearerAuth(), documentRoles(['any']));

/**
 * A server-sent-events route: the browser's EventSource cannot send headers, so the bearer token may come as
 * `?access_token=` here — and only here, since a token in a URL ends up in histories, proxies and referrers.
 */
export const EventStream = () => SetMetadata(QUERY_TOKEN, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user);
