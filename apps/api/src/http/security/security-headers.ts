import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

type HeaderSet = ReadonlyArray<readonly [name: string, value: string]>;

/** Stands for the per-response nonce in the precomputed policy of HTML documents. */
const NONCE_SLOT = 'nonce-slot';

/**
 * The policy. No 'unsafe-inline' anywhere: the UI's scripts are files, and the <style> elements antd (cssinjs)
 * and Swagger UI need carry the nonce of the document they belong to. Over plain HTTP (a venue's Wi-Fi, a QR link
 * to a LAN address) upgrade-insecure-requests would send every script to an https address that does not answer —
 * a blank page — and HSTS is meaningless, so both come only with https. Cross-Origin-Opener-Policy likewise: a
 * browser ignores it on a plain-HTTP, non-localhost origin and logs an error each time it does.
 */
function helmetOptions(https: boolean, styleNonce: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: styleNonce ? ["'self'", `'${NONCE_SLOT}'`] : ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        // A proposal's PDF is shown beside the score sheet from a blob: URL (a frame cannot send the bearer token).
        frameSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https,
    crossOriginOpenerPolicy: https,
  };
}

/** What helmet would set with these options, computed once: the ballot fast path cannot afford helmet per request. */
function headersOf(options: HelmetOptions): HeaderSet {
  const headers: [string, string][] = [];
  const recorder = { setHeader: (name: string, value: unknown) => headers.push([name, String(value)]), removeHeader: () => undefined };
  let failure: unknown;
  helmet(options)({} as Request, recorder as unknown as Response, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return headers;
}

interface SchemeHeaders {
  readonly everyResponse: HeaderSet;
  /** The same, with the style-src nonce slot, for the HTML documents that carry their nonce. */
  readonly documents: HeaderSet;
}

const forScheme = (https: boolean): SchemeHeaders => ({
  everyResponse: headersOf(helmetOptions(https, false)),
  documents: headersOf(helmetOptions(https, true)),
});

/**
 * One set of security headers for every response of the api — JSON, the ballot fast path, the UI's files, its
 * index.html and Swagger UI — chosen by the scheme the request came over.
 */
export class SecurityHeaders {
  private readonly http = forScheme(false);
  private readonly https = forScheme(true);
  private readonly alwaysHttps: boolean;

  /** @param publicUrl PUBLIC_URL: when it is https, every request is taken to have come over https. */
  constructor(publicUrl?: string) {
    this.alwaysHttps = !!publicUrl && publicUrl.toLowerCase().startsWith('https:');
  }

  /** Express middleware: mounted first, so nothing answers without the headers. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    for (const [name, value] of this.scheme(req).everyResponse) res.setHeader(name, value);
    next();
  };

  /**
   * The headers of every response for a request that came over https or not, as the flat [name, value, …] list
   * writeHead takes (the ballot fast path): Node writes a list like this at a third of the cost of an object built
   * per response, which on the ballot path was 20 µs an answer.
   */
  responseHeaderList(secure: boolean): readonly string[] {
    return secure || this.alwaysHttps ? this.httpsList : this.httpList;
  }

  private readonly httpList = this.http.everyResponse.flat();
  private readonly httpsList = this.https.everyResponse.flat();

  /**
   * For an HTML document whose <style> elements carry a nonce: a fresh one for this response, allowed in its policy.
   * Returns the nonce to write into the document.
   */
  allowDocumentStyles(req: Request, res: Response): string {
    const nonce = randomBytes(16).toString('base64');
    for (const [name, value] of this.scheme(req).documents)
      res.setHeader(name, name === 'Content-Security-Policy' ? value.replace(NONCE_SLOT, `nonce-${nonce}`) : value);
    return nonce;
  }

  // req.secure follows X-Forwarded-Proto only from proxies TRUST_PROXY names.
  private scheme(req: Request): SchemeHeaders {
    return this.alwaysHttps || req.secure ? this.https : this.http;
  }
}
