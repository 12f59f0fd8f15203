import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { SecurityHeaders } from '../security/security-headers';
import { AppDocument } from './app-document';
import { precompressedAssets } from './precompressed-assets';

// Vite puts a content hash in every asset's name: those may be cached for good, the rest (favicon) never.
const cacheControl = (res: Response, file: string) =>
  res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * The web UI (apps/admin-web, built by Vite) under /app, with every other /app/* path answered by index.html so
 * the single-page app's own routes survive a reload; / redirects to /app/. Express middleware runs before Nest's
 * guards, so the UI's files need no token (the API calls it makes do). Skipped when the UI has not been built.
 */
export function serveAdminWeb(app: NestExpressApplication, security: SecurityHeaders): void {
  const dir = process.env.ADMIN_WEB_DIR ?? path.resolve(__dirname, '../../../../../../apps/admin-web/dist');
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  const document = new AppDocument(index, security);
  const http = app.getHttpAdapter().getInstance();
  http.use(precompressedAssets(dir, '/app', cacheControl));
  app.useStaticAssets(dir, { prefix: '/app', index: false, setHeaders: cacheControl });
  http.get('/', (_req: Request, res: Response) => res.redirect(302, '/app/'));
  // Juror cards and their QR codes carry /jury/vote?code=…: the ballot page of the UI.
  http.get('/jury/vote', (req: Request, res: Response) => res.redirect(302, `/app${req.originalUrl}`));
  // Delegates' slips carry /election/vote?campaign=…&code=…: the delegate ballot page of the UI.
  http.get('/election/vote', (req: Request, res: Response) => res.redirect(302, `/app/delegate/vote${req.originalUrl.slice('/election/vote'.length)}`));
  http.use('/app', (req: Request, res: Response, next: NextFunction) => {
    // A missing file (a name with an extension) is a 404, not the page: only the app's routes fall back.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || path.extname(req.path) !== '') return next();
    if (req.originalUrl === '/app') return res.redirect(301, '/app/');
    document.send(req, res);
  });
}
