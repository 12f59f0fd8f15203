import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable, isDatabaseUnavailable } from '@app/database';
import { BallotIntake } from '@app/jury';
import { refusalAnswer } from '../errors/refusal-http';
import type { SecurityHeaders } from '../security/security-headers';
import { invalidRequest } from '../../validation/validation.pipe';
import { ballotChoiceOf, ballotRequestProblems } from './jury-ballot-request';

const MAX_BODY_BYTES = 64 * 1024;
const PATH = '/jury/ballots';

type Headers = readonly string[];

/**
 * POST /jury/ballots served ahead of Express: the server's 'request' listener sees it first and answers it itself;
 * every other request goes on to Express (and Nest) untouched. At a city-wide vote the HTTP framework is the first
 * ceiling: Express's router and middleware chain cost more per ballot than the ballot's own checks. The answer is
 * the same as the Nest route's (JuryBallotsController.cast, which answers when JURY_FAST_PATH=false): the same
 * security headers for the request's scheme, the same refusals of control characters, deep JSON, oversize bodies
 * and unknown fields (checked once, by hand), the same use case (BallotIntake) and refusal map.
 */
export function installJuryBallotFastPath(app: NestExpressApplication, security: SecurityHeaders): void {
  if (['false', '0', 'no'].includes(String(process.env.JURY_FAST_PATH ?? 'true').toLowerCase())) return;
  const intake = app.get(BallotIntake);
  const express = app.getHttpAdapter().getInstance();
  // As Express computes req.secure: the socket's TLS, or X-Forwarded-Proto from a proxy named in TRUST_PROXY.
  const trustProxy = express.get('trust proxy fn') as (address: string | undefined, hop: number) => boolean;
  const secure = (req: IncomingMessage) => {
    if ((req.socket as TLSSocket).encrypted) return true;
    if (!trustProxy(req.socket.remoteAddress, 0)) return false;
    const proto = req.headers['x-forwarded-proto'];
    return typeof proto === 'string' && proto.split(',', 1)[0].trim() === 'https';
  };
  const server = app.getHttpServer() as Server;
  const framework = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && (req.url === PATH || req.url?.startsWith(`${PATH}?`)) && (req.headers['content-type'] ?? '').startsWith('application/json')) {
      takeBallot(intake, req, res, security.responseHeaderList(secure(req)));
      return;
    }
    for (const listener of framework) listener.call(server, req, res);
  });
}

function takeBallot(intake: BallotIntake, req: IncomingMessage, res: ServerResponse, headers: Headers): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.on('error', () => res.destroy());
  req.on('end', () => {
    if (size > MAX_BODY_BYTES) {
      send(res, headers, 413, { statusCode: 413, error: 'Payload Too Large', message: `A ballot is at most ${MAX_BODY_BYTES / 1024} KB.` });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    } catch {
      const message = 'The body is not valid JSON.';
      send(res, headers, 400, { statusCode: 400, error: 'Bad Request', message, errors: [{ field: 'body', rule: 'isObject', message }] });
      return;
    }
    const key = single(req.headers['idempotency-key']);
    const problems = ballotRequestProblems(body, key);
    if (problems.length) {
      send(res, headers, 400, invalidRequest(problems).getResponse());
      return;
    }
    intake.cast(ballotChoiceOf(body), single(req.headers['x-ballot-token']), key).then(
      (answer) => send(res, headers, 202, answer),
      (err: unknown) => sendError(res, headers, err),
    );
  });
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function send(res: ServerResponse, headers: Headers, status: number, body: unknown, retryAfterSeconds?: number): void {
  const json = JSON.stringify(body);
  const head = [...headers, 'content-type', 'application/json; charset=utf-8', 'content-length', String(Buffer.byteLength(json)), 'cache-control', 'no-store'];
  if (retryAfterSeconds !== undefined) head.push('retry-after', String(retryAfterSeconds));
  res.writeHead(status, head);
  res.end(json);
}

function sendError(res: ServerResponse, headers: Headers, err: unknown): void {
  const refusal = refusalAnswer(err);
  if (refusal) return send(res, headers, refusal.status, refusal.body, refusal.retryAfterSeconds);
  // As every other route says it (DatabaseUnavailableFilter).
  if (isDatabaseUnavailable(err)) return send(res, headers, 503, databaseUnavailable().getResponse(), DATABASE_RETRY_AFTER_SECONDS);
  send(res, headers, 500, { statusCode: 500, error: 'Internal Server Error', message: 'The ballot could not be taken; it was not accepted. Send it again.' });
}
