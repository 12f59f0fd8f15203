import { BadRequestException, HttpException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateSync } from 'class-validator';
import type { NextFunction, Request, Response } from 'express';
import { ballotContent, ballotMarks, ballotReceipt } from '@app/domain';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable, isDatabaseUnavailable } from '@app/database';
import { TooManyRequestsException } from '@app/auth';
import { BallotIngestor, BallotRateLimiter, JuryCredentials, JurySnapshotCache, juryStageRefusal } from '@app/jury';
import { untrustedInputProblems } from '../../validation/untrusted-input';
import { flattenValidationErrors, invalidRequest } from '../../validation/validation.pipe';
import { JuryBallotDto } from './jury.dto';
import { domainErrorToHttp } from './jury-http';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;
const MAX_BODY_BYTES = 64 * 1024;

export interface CastBallotAnswer {
  status: 'accepted';
  campaignId: string;
  ballotId: string;
  receipt: string;
  /** Acceptance sequence: her ballot with the highest one is the one counted. */
  seq: string;
}

/**
 * Casting a ballot, as both routes to it do it: the juror's token (HMAC, no database), the cached ballot paper,
 * the rules of libs/domain, the receipt, and the hand-over to the batching ingestor (202 only once queued).
 */
@Injectable()
export class JuryBallotIntake {
  constructor(
    private readonly credentials: JuryCredentials,
    private readonly snapshots: JurySnapshotCache,
    private readonly ingestor: BallotIngestor,
    private readonly rateLimiter: BallotRateLimiter,
  ) {}

  async cast(dto: JuryBallotDto, token: string | undefined, key: string | undefined): Promise<CastBallotAnswer> {
    const claims = this.credentials.verifyBallotToken(token);
    if (!claims) {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', code: 'jury.token-invalid', message: 'Send the ballot token from POST /jury/session in the X-Ballot-Token header.' });
    }
    if (key !== undefined && !KEY_PATTERN.test(key)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Idempotency-Key must be 1–200 of [A-Za-z0-9._:-]', errors: [{ field: 'Idempotency-Key', rule: 'pattern', message: 'Idempotency-Key must be 1–200 of [A-Za-z0-9._:-]' }] });
    }
    await this.rateLimiter.consume(claims.jurorId);
    const snapshot = await this.snapshots.get(claims.campaignId);
    if (!snapshot) throw new NotFoundException(`Campaign ${claims.campaignId} does not exist.`);
    if (snapshot.stage !== 'jury' || !snapshot.paper) throw juryStageRefusal(snapshot.stage);
    let marks: number[];
    try {
      marks = ballotMarks(snapshot.paper, { scores: dto.scores, approvals: dto.approvals });
    } catch (err) {
      throw domainErrorToHttp(err);
    }
    const ballotId = this.credentials.ballotId(claims.campaignId, claims.jurorId, key);
    const receipt = ballotReceipt(ballotContent(claims.campaignId, ballotId, snapshot.paper, marks), this.credentials.receiptSalt(ballotId));
    const voter = this.credentials.voter(claims.campaignId, claims.jurorId);
    const seq = await this.ingestor.submit({ campaignId: claims.campaignId, jurorId: claims.jurorId, voter, ballotId, marks, receipt });
    return { status: 'accepted', campaignId: claims.campaignId, ballotId, receipt, seq };
  }
}

const bad = (message: string, errors = [{ field: 'body', rule: 'isObject', message }]) => new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors });

/** The same checks the global ValidationPipe makes (class-validator, whitelist, unknown fields refused), same answer. */
export function validateBallotBody(body: unknown): JuryBallotDto {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('A ballot is a JSON object: { "scores": [...] } or { "approvals": [...] }.');
  const untrusted = untrustedInputProblems(body); // what every other route gets from UntrustedInputMiddleware
  if (untrusted.length) throw invalidRequest(untrusted);
  // The DTO is flat (no @Type, no @Transform), so copying the own fields is what plainToInstance would do — for a
  // fraction of its cost. A "__proto__" key would be a prototype change under Object.assign: refused first.
  if (Object.prototype.hasOwnProperty.call(body, '__proto__')) throw bad('Invalid request: __proto__ (unknownField)', [{ field: '__proto__', rule: 'unknownField', message: '__proto__ is not a known field' }]);
  const dto = Object.assign(new JuryBallotDto(), body);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false });
  if (errors.length) {
    const fieldErrors = flattenValidationErrors(errors);
    throw bad(`Invalid request: ${fieldErrors.map((e) => `${e.field} (${e.rule})`).join(', ')}`, fieldErrors);
  }
  return dto;
}

function send(res: Response, status: number, body: unknown, retryAfterSeconds?: number): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...(retryAfterSeconds !== undefined ? { 'retry-after': String(retryAfterSeconds) } : {}),
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
  });
  res.end(json);
}

function answerError(res: Response, err: unknown): void {
  let retryAfter: number | undefined;
  if (!(err instanceof HttpException) && isDatabaseUnavailable(err)) {
    err = databaseUnavailable();
    retryAfter = DATABASE_RETRY_AFTER_SECONDS; // as every other route says it (DatabaseUnavailableFilter)
  }
  if (err instanceof HttpException) {
    const payload = err.getResponse();
    if (err instanceof TooManyRequestsException) retryAfter = err.retryAfterSeconds;
    send(res, err.getStatus(), typeof payload === 'string' ? { statusCode: err.getStatus(), message: payload } : payload, retryAfter);
  } else {
    send(res, 500, { statusCode: 500, error: 'Internal Server Error', message: 'The ballot could not be taken; it was not accepted. Send it again.' });
  }
}

/**
 * The ballot path without the framework's per-request machinery (routing through every middleware, request
 * logging, the global pipe): at a city-wide vote the HTTP layer is the first ceiling, and this roughly doubles what
 * one api process takes. Mounted on the Express instance before Nest's own middleware, after the security headers
 * (every answer carries them); it does exactly what JuryBallotsController.cast does (same service, same
 * validation, same answers), and the controller stays the documented route — it answers instead when
 * JURY_FAST_PATH=false.
 */
export function installJuryBallotFastPath(app: NestExpressApplication): void {
  if (['false', '0', 'no'].includes(String(process.env.JURY_FAST_PATH ?? 'true').toLowerCase())) return;
  const intake = app.get(JuryBallotIntake);
  const http = app.getHttpAdapter().getInstance();
  http.post('/jury/ballots', (req: Request, res: Response, next: NextFunction) => {
    const type = String(req.headers['content-type'] ?? '');
    if (!type.startsWith('application/json')) return next(); // anything else: the framework's answer
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      void (async () => {
        try {
          if (tooLarge) throw new HttpException({ statusCode: 413, error: 'Payload Too Large', message: `A ballot is at most ${MAX_BODY_BYTES / 1024} KB.` }, 413);
          let body: unknown;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            throw bad('The body is not valid JSON.');
          }
          const dto = validateBallotBody(body);
          const header = (name: string) => {
            const v = req.headers[name];
            return Array.isArray(v) ? v[0] : v;
          };
          send(res, 202, await intake.cast(dto, header('x-ballot-token'), header('idempotency-key')));
        } catch (err) {
          answerError(res, err);
        }
      })();
    });
    req.on('error', () => res.destroy());
  });
}
