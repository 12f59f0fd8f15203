import { createHash } from 'node:crypto';
import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { canonicalJson } from '@app/domain';
import type { SendOptions } from './command-gateway';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

/** Reads the Idempotency-Key header and the ?wait / ?waitMs query of a command request. */
export const CommandOptions = createParamDecorator((_: unknown, ctx: ExecutionContext): SendOptions => {
  const req = ctx.switchToHttp().getRequest();
  const key = req.headers['idempotency-key'] as string | undefined;
  if (key !== undefined && !KEY_PATTERN.test(key)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Idempotency-Key must be 1–200 characters of letters, digits, ".", "_", ":" or "-".',
      errors: [{ field: 'Idempotency-Key', rule: 'pattern', message: 'Idempotency-Key must be 1–200 of [A-Za-z0-9._:-]' }],
    });
  }
  const wait = ['true', '1', ''].includes(String(req.query.wait ?? 'false'));
  const waitMs = req.query.waitMs !== undefined ? Number(req.query.waitMs) : undefined;
  if (waitMs !== undefined && (!Number.isInteger(waitMs) || waitMs < 0)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'waitMs must be a whole number of milliseconds',
      errors: [{ field: 'waitMs', rule: 'isInt', message: 'waitMs must be a whole number ≥ 0' }],
    });
  }
  const fingerprint = createHash('sha256')
    .update(`${req.method} ${req.path}\n${canonicalJson(req.body ?? null)}`)
    .digest('hex');
  return { idempotencyKey: key, wait, waitMs, fingerprint };
});

/** OpenAPI description shared by every command endpoint (the body of 202 and 200 is the method's return type). */
export const CommandEndpoint = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Repeat a request with the same key and it is applied once; the first outcome is returned.',
    }),
    ApiQuery({ name: 'wait', required: false, type: Boolean, description: 'Wait (bounded) for the outcome instead of answering 202 at once.' }),
    ApiQuery({ name: 'waitMs', required: false, type: Number, description: 'How long to wait, in ms (default 10000, at most COMMAND_WAIT_MAX_MS).' }),
    ApiAcceptedResponse({ description: 'Accepted; poll GET /commands/{commandId}.' }),
    ApiOkResponse({ description: 'Applied (with ?wait=true).' }),
  );
