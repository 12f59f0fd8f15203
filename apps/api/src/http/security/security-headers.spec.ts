import type { Request, Response } from 'express';
import { SecurityHeaders } from './security-headers';

function headersFor(security: SecurityHeaders, secure: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value) } as unknown as Response;
  security.middleware({ secure } as Request, res, () => undefined);
  return headers;
}

const httpsOnly = (headers: Record<string, string>) => ({
  hsts: 'strict-transport-security' in headers,
  upgrade: headers['content-security-policy'].includes('upgrade-insecure-requests'),
  coop: 'cross-origin-opener-policy' in headers,
});

describe('SecurityHeaders: what only makes sense over https comes only with https', () => {
  it('without PUBLIC_URL, follows the scheme of the request', () => {
    const security = new SecurityHeaders(undefined);
    expect(httpsOnly(headersFor(security, false))).toEqual({ hsts: false, upgrade: false, coop: false });
    expect(httpsOnly(headersFor(security, true))).toEqual({ hsts: true, upgrade: true, coop: true });
  });

  it('with an https PUBLIC_URL, takes every request to have come over https (a TLS proxy that is not trusted)', () => {
    expect(httpsOnly(headersFor(new SecurityHeaders('https://xuanpei.example.org'), false))).toEqual({ hsts: true, upgrade: true, coop: true });
    expect(httpsOnly(headersFor(new SecurityHeaders('http://192.168.1.20:3000'), false))).toEqual({ hsts: false, upgrade: false, coop: false });
  });

  it('allows inline styles only through a nonce, fresh for every document', () => {
    const security = new SecurityHeaders(undefined);
    const policies: string[] = [];
    const res = { setHeader: (name: string, value: string) => name === 'Content-Security-Policy' && policies.push(value) } as unknown as Response;
    const nonces = [security.allowDocumentStyles({ secure: false } as Request, res), security.allowDocumentStyles({ secure: false } as Request, res)];
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(policies.map((p) => /style-src ([^;]+)/.exec(p)?.[1])).toEqual(nonces.map((n) => `'self' 'nonce-${n}'`));
    expect(policies.join()).not.toContain('unsafe-inline');
  });
});
