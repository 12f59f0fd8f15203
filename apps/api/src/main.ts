import 'reflect-metadata';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { configWarnings, loadConfig } from '@app/config';
import { ensureDatabase, runMigrations } from '@app/database';
import { ApiModule } from './api.module';
import { DatabaseUnavailableFilter } from './http/errors/database-unavailable.filter';
import { TooManyRequestsFilter } from './http/errors/too-many-requests.filter';
import { installJuryBallotFastPath } from './http/jury/jury-ballot-intake';
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
  installJuryBallotFastPath(app); // before helmet and request logging: the ballot path's lean route
  // Security headers; the UI (antd) and Swagger UI need inline styles, nothing else is loosened.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
        },
      },
    }),
  );
  serveAdminWeb(app);
  app.useGlobalPipes(apiValidationPipe());
  const httpAdapter = app.get(HttpAdapterHost).httpAdapter;
  app.useGlobalFilters(new DatabaseUnavailableFilter(httpAdapter), new TooManyRequestsFilter(httpAdapter));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Open Selection API')
      .setDescription('Competitive cadre selection (公开选配): campaigns, candidacies, evaluation, jury, election, results. Commands answer 202 with a command id; add ?wait=true to wait for the outcome.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.listen(config.PORT, '0.0.0.0');
  // Printed whatever the log level: operators and the test harness wait for this line.
  console.log(`API listening on http://localhost:${config.PORT} (OpenAPI at /api/docs)`);
}

/**
 * The web UI (apps/admin-web, built by Vite) under /app, with every other /app/* path answered by index.html so
 * the single-page app's own routes survive a reload; / redirects to /app/. Express middleware runs before Nest's
 * guards, so the UI's files need no token (the API calls it makes do). Skipped when the UI has not been built.
 */
function serveAdminWeb(app: NestExpressApplication): void {
  const dir = process.env.ADMIN_WEB_DIR ?? path.resolve(__dirname, '../../../../apps/admin-web/dist');
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, {
    prefix: '/app',
    index: false,
    // Vite puts a content hash in every asset's name: those may be cached for good, index.html never.
    setHeaders: (res, file) => res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const http = app.getHttpAdapter().getInstance();
  http.get('/', (_req: Request, res: Response) => res.redirect(302, '/app/'));
  // Juror cards and their QR codes carry /jury/vote?code=…: the ballot page of the UI.
  http.get('/jury/vote', (req: Request, res: Response) => res.redirect(302, `/app${req.originalUrl}`));
  // Delegates' slips carry /election/vote?campaign=…&code=…: the delegate ballot page of the UI.
  http.get('/election/vote', (req: Request, res: Response) => res.redirect(302, `/app/delegate/vote${req.originalUrl.slice('/election/vote'.length)}`));
  http.use('/app', (req: Request, res: Response, next: NextFunction) => {
    // A missing file (a name with an extension) is a 404, not the page: only the app's routes fall back.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || path.extname(req.path) !== '') return next();
    if (req.originalUrl === '/app') return res.redirect(301, '/app/');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

bootstrap().catch((err: Error) => {
  console.error(`API failed to start: ${err.message}`);
  process.exit(1);
});
