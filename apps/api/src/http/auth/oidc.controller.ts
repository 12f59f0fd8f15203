import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, RateLimited } from '@app/auth';
import { AppConfig } from '@app/config';
import { SingleSignOnService, SsoRefused } from '@app/identity';
import { OidcExchangeDto } from './oidc.dto';

/** Holds the state in the browser that started the sign-in; only /auth/oidc/* ever sees it. */
const STATE_COOKIE = 'os_sso_state';

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly sso: SingleSignOnService,
    private readonly config: AppConfig,
  ) {}

  @Get('start')
  @Public()
  @RateLimited()
  @ApiOperation({ summary: 'Single sign-on: 302 to the identity provider (authorization code + PKCE S256, state, nonce); 404 when not set up' })
  async start(@Res() res: Response) {
    try {
      const { authorizeUrl, state } = await this.sso.start();
      res.setHeader('Set-Cookie', this.stateCookie(state, 600));
      res.redirect(302, authorizeUrl);
    } catch (err) {
      this.refused(res, err);
    }
  }

  @Get('callback')
  @Public()
  @RateLimited()
  @ApiOperation({
    summary: 'Single sign-on: where the provider sends the browser back; 302 to the sign-in page with a one-time code (#ssoCode=) or the reason (?ssoError=)',
  })
  async callback(@Req() req: Request, @Res() res: Response) {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    res.setHeader('Set-Cookie', this.stateCookie('', 0));
    try {
      const code = await this.sso.complete({ raw: query, state: text(req.query.state), error: text(req.query.error) }, cookieValue(req, STATE_COOKIE));
      // In the fragment: never sent to a server, so never in an access log.
      res.redirect(302, `${this.signInPage()}#ssoCode=${code}`);
    } catch (err) {
      this.refused(res, err);
    }
  }

  @Post('exchange')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Single sign-on: exchange the one-time code (once, within a minute) for the access and refresh tokens' })
  exchange(@Body() dto: OidcExchangeDto) {
    return this.sso.exchange(dto.code);
  }

  /** A browser is navigating here: a refusal lands on the sign-in page, which says it in words. */
  private refused(res: Response, err: unknown): void {
    if (!(err instanceof SsoRefused)) throw err;
    res.redirect(302, `${this.signInPage()}?ssoError=${encodeURIComponent(err.refusal.code)}`);
  }

  private signInPage(): string {
    return `${this.config.PUBLIC_URL!.replace(/\/+$/, '')}/app/login`;
  }

  private stateCookie(value: string, maxAgeSeconds: number): string {
    const secure = this.config.PUBLIC_URL?.startsWith('https://') ? '; Secure' : '';
    // Lax: the provider's redirect back is a top-level navigation, which Lax lets through.
    return `${STATE_COOKIE}=${value}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
  }
}
