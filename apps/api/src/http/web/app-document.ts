import { readFileSync } from 'node:fs';
import type { Request, Response } from 'express';
import type { SecurityHeaders } from '../security/security-headers';

/**
 * The UI's index.html, sent with a fresh style nonce each time. Vite's `html.cspNonce` writes a placeholder into the
 * built file (on its tags and in `<meta property="csp-nonce">`, where antd and Vite's chunk loader read it); the
 * placeholder is whatever that meta element holds, so the build and the api need not share a constant.
 */
export class AppDocument {
  private readonly parts: string[];

  constructor(
    file: string,
    private readonly security: SecurityHeaders,
  ) {
    const html = readFileSync(file, 'utf8');
    const placeholder = /<meta property="csp-nonce" nonce="([^"]+)"/.exec(html)?.[1];
    this.parts = placeholder ? html.split(placeholder) : [html];
  }

  send(req: Request, res: Response): void {
    const nonce = this.security.allowDocumentStyles(req, res);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(this.parts.join(nonce));
  }
}
