import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Compresses what the api writes as it answers (JSON, index.html, Swagger UI's files; brotli where the client takes
 * it, else gzip). Never the server-sent event streams: compression buffers until a block is full, so a progress
 * event would wait for the next dozens. The ballot fast path and the UI's pre-compressed files come before it.
 */
export function apiCompression(): RequestHandler {
  return compression({
    filter: (req: Request, res: Response) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
  });
}
