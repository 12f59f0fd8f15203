import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@app/domain';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';

/** Open to anyone, signed in or not (health, docs, published results, dev login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only people holding one of these roles. Every non-public route must say who may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Any signed-in person, whatever her role (e.g. reading her own command's outcome). */
export const AnyRole = () => SetMetadata(ROLES, 'any');

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user);
