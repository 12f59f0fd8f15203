import 'reflect-metadata';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { configWarnings, loadConfig } from '@app/config';
import { ensureDatabase, runMigrations } from '@app/database';
import { ApiModule } from './api.module';
import { DatabaseUnavailableFilter } from './http/errors/database-unavailable.filter';
import { TooManyRequestsFilter } from './http/errors/too-many-requests.filter';
import { RefusalFilter } from './http/errors/refusal.filter';
import { installJuryBallotFastPath } from './http/jury/jury-ballot-fast-path';
import { SecurityHeaders } from './http/security/security-headers';
import { nonceSwaggerUiStyles } from './http/security/swagger-ui-styles';
import { apiCompression } from './http/web/api-compression';
import { serveAdminWeb } from './http/web/serve-admin-web';
import { buildApiDocument } from './openapi/api-document';
import { apiValidationPipe } from './validation/validation.pipe';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // On stderr whatever the log level, at every start: allowed is not the same as fine.
  for (const warning of configWarnings(config)) console.error(warning);
  if (config.MIGRATE_ON_START) {
    await ensureDatabase(config.DATABASE_URL);
    await runMigrations(config.DATABASE_URL);
  }
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  if (config.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  const security = new SecurityHeaders(config.PUBLIC_URL);
  app.disable('x-powered-by');
  app.use(security.middleware); // first: every answer carries the headers, the ballot fast path's too
  installJuryBallotFastPath(app, security); // ahead of Express: the ballot path's lean route
  app.use(apiCompression());
  serveAdminWeb(app, security);
  app.useGlobalPipes(apiValidationPipe());
  const httpAdapter = app.get(HttpAdapterHost).httpAdapter;
  app.useGlobalFilters(new DatabaseUnavailableFilter(httpAdapter), new TooManyRequestsFilter(httpAdapter), new RefusalFilter(httpAdapter));
  app.enableShutdownHooks();
  const document = buildApiDocument(app);
  nonceSwaggerUiStyles(app, '/api/docs', security);
  // BaseLayout: without the top bar, whose logo is an inline <style> the policy refuses (its URL box is hidden anyway).
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', swaggerOptions: { layout: 'BaseLayout' } });
  await app.listen(config.PORT, '0.0.0.0');
  // Printed whatever the log level: operators and the test harness wait for this line.
  console.log(`API listening on http://localhost:${config.PORT} (OpenAPI at /api/docs)`);
}

bootstrap().catch((err: Error) => {
  console.error(`API failed to start: ${err.message}`);
  process.exit(1);
});
