import { applyDecorators, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { FailedAttemptLimiter } from './failed-attempt-limiter';

/** Limits how often one address may call this route (RATE_LIMIT_CREDENTIALS_PER_MINUTE); answers 429 beyond. */
export const RateLimited = () => applyDecorators(UseGuards(ThrottlerGuard), ApiTooManyRequestsResponse({ description: 'Too many attempts; wait a minute.' }));

/** Limits refused codes per address (RATE_LIMIT_FAILED_CODES_PER_MINUTE); accepted codes never count. */
export const LimitFailedAttempts = () =>
  applyDecorators(UseInterceptors(FailedAttemptLimiter), ApiTooManyRequestsResponse({ description: 'Too many wrong codes from this address; wait a minute.' }));
