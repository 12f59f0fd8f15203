import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './app-config';
import { logSafeError } from './log-safe-error';

/** Query parameters that carry a credential (EventSource cannot send headers; juror links carry their code). */
const SECRET_QUERY = /([?&](?:access_token|code|token)=)[^&#]*/gi;

/** A URL as it may be logged: credential parameters replaced. */
export const redactUrl = (url: string): string => url.replace(SECRET_QUERY, '$1[redacted]');

/**
 * Given an error and no message, pino writes the error's own message, untouched by the err serializer: a
 * database error's may quote the value it refused. The safe one is passed as the message instead.
 */
function withLogSafeErrorMessage(this: unknown, args: unknown[], log: (...args: unknown[]) => void): void {
  const [first, ...rest] = args;
  const err = first instanceof Error ? first : (first as { err?: unknown } | null)?.err;
  if (err instanceof Error && typeof rest[0] !== 'string') {
    log.apply(this, [first instanceof Error ? { err } : first, logSafeError(err).message, ...rest]);
    return;
  }
  log.apply(this, args);
}

/**
 * Structured JSON logs with a request id; credentials and tokens never reach a log line, nor does what a failed
 * database statement was writing (see log-safe-error.ts). Request bodies are never logged.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (req, res) => {
            const id = (req.headers['x-request-id'] as string) ?? randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-ballot-token"]',
              'req.headers["x-delegate-code"]',
              'req.query.access_token',
              'req.query.code',
              'req.query.token',
              '*.credential',
              '*.code',
              '*.token',
            ],
            censor: '[redacted]',
          },
          autoLogging: { ignore: (req) => req.url === '/health' },
          serializers: { req: (req: { url: string }) => ({ ...req, url: redactUrl(req.url) }), err: logSafeError },
          hooks: { logMethod: withLogSafeErrorMessage },
          ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
