import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Limits how often one address may call this route (RATE_LIMIT_CREDENTIALS_PER_MINUTE); answers 429 beyond. */
export const RateLimited = () =>
  applyDecorators(UseGuards(ThrottlerGuard), ApiTooManyRequestsResponse({ description: 'Too many attempts; wait a minute.' }));
