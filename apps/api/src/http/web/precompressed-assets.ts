import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Best first: brotli is some 15–20 % smaller than gzip for the UI's scripts. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof ENCODINGS)[number]['name'];

/** Whether an Accept-Encoding header takes this coding: named with q > 0, or through `*` when not named. */
export function acceptsEncoding(header: string | undefined, coding: Encoding): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const wanted = q === undefined || Number(q.slice(2)) > 0;
    if (name === coding) return wanted;
    if (name === '*') wildcard = wanted;
  }
  return wildcard;
}

/** Every file under `dir` (relative, with forward slashes). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * The UI's files in the .br and .gz forms the build wrote next to them (apps/admin-web/vite-plugin-precompress.ts),
 * chosen by Accept-Encoding: compressed once at the highest level instead of on every request. Files without a
 * compressed form, and clients that take neither coding, fall through to the plain static files; `Vary` is set
 * for both so that a cache keeps the forms apart.
 */
export function precompressedAssets(dir: string, prefix: string, setHeaders: (res: Response, file: string) => void): RequestHandler {
  const files = new Set(filesUnder(dir));
  const forms = new Map<string, Encoding[]>();
  for (const file of files) {
    const available = ENCODINGS.filter((e) => files.has(file + e.suffix)).map((e) => e.name);
    if (available.length) forms.set(`${prefix}/${file}`, available);
  }
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const available = forms.get(req.path);
    if (!available) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    const accept = req.headers['accept-encoding'];
    const encoding = ENCODINGS.find((e) => available.includes(e.name) && acceptsEncoding(accept, e.name));
    if (!encoding) return next();
    const original = path.join(dir, req.path.slice(prefix.length + 1));
    res.type(path.extname(original)); // of the file itself, not of ".br"
    res.setHeader('Content-Encoding', encoding.name);
    setHeaders(res, original);
    res.sendFile(original + encoding.suffix, (err?: Error) => err && next(err));
  };
}
