import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './app-config';

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
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-ballot-token"]', 'req.query.access_token', '*.credential', '*.code', '*.token'], censor: '[redacted]' },
          autoLogging: { ignore: (req) => req.url === '/health' },
          ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
