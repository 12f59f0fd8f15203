import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { SecurityHeaders } from './security-headers';

/** The one inline style attribute of @nestjs/swagger's page (its hidden icon sprite), which no nonce can cover. */
const SPRITE_STYLE_ATTRIBUTE = ' style="position:absolute;width:0;height:0"';
const SPRITE_RULE = 'body > svg:first-of-type { position: absolute; width: 0; height: 0; }';

/** Swagger UI's page with its <style> elements nonce'd and its one style attribute turned into a rule. */
export function withStyleNonce(html: string, nonce: string): string {
  return html
    .replace(SPRITE_STYLE_ATTRIBUTE, '')
    .replace(/<style>/g, `<style nonce="${nonce}">`)
    .replace('</style>', `  ${SPRITE_RULE}\n</style>`);
}

/**
 * Swagger UI (/api/docs) under the same policy as everything else: @nestjs/swagger writes its page with inline
 * <style> elements and offers no hook for a nonce, so its answer is rewritten on the way out. Mount before
 * SwaggerModule.setup.
 */
export function nonceSwaggerUiStyles(app: NestExpressApplication, docsPath: string, security: SecurityHeaders): void {
  const http = app.getHttpAdapter().getInstance();
  const pages = [docsPath, `${docsPath}/`, `${docsPath}/index.html`];
  http.get(pages, (req: Request, res: Response, next: NextFunction) => {
    const nonce = security.allowDocumentStyles(req, res);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => send(typeof body === 'string' ? withStyleNonce(body, nonce) : body);
    next();
  });
}
