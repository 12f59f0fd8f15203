import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './app-config';

/** Query parameters that carry a credential (EventSource cannot send headers; juror links carry their code). */
const SECRET_QUERY = /([?&](?:access_token|code|token)=)[^&#]*/gi;

/** A URL as it may be logged: credential parameters replaced. */
export const redactUrl = (url: string): string => url.replace(SECRET_QUERY, '$1[redacted]');

/** Structured JSON logs with a request id; credentials and tokens never reach a log line. */
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
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-ballot-token"]', 'req.headers["x-delegate-code"]', 'req.query.access_token', 'req.query.code', 'req.query.token', '*.credential', '*.code', '*.token'], censor: '[redacted]' },
          autoLogging: { ignore: (req) => req.url === '/health' },
          serializers: { req: (req: { url: string }) => ({ ...req, url: redactUrl(req.url) }) },
          ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
