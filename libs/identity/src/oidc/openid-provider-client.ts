import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type * as OpenIdClient from 'openid-client';

/** What must come back unchanged with the provider's answer: kept server-side between start and callback. */
export interface AuthorizationChecks {
  readonly codeVerifier: string;
  readonly state: string;
  readonly nonce: string;
}

/** The claims this service reads from a verified ID token. */
export interface ProviderClaims {
  readonly issuer: string;
  readonly subject: string;
  readonly email?: string;
  readonly emailVerified: boolean;
  readonly name?: string;
  readonly phoneNumber?: string;
  readonly phoneNumberVerified: boolean;
}

const SCOPE = 'openid email profile phone';

/**
 * Talks to the federation's OpenID Connect provider through openid-client (an ES module: loaded on first use, so
 * that nothing that merely imports this file has to load it). The provider's metadata is discovered once and kept.
 */
@Injectable()
export class OpenIdProviderClient {
  private readonly logger = new Logger(OpenIdProviderClient.name);
  private configuration?: Promise<{ lib: typeof OpenIdClient; config: OpenIdClient.Configuration }>;

  constructor(private readonly appConfig: AppConfig) {}

  get redirectUri(): string {
    return `${this.appConfig.PUBLIC_URL!.replace(/\/+$/, '')}/auth/oidc/callback`;
  }

  async newChecks(): Promise<AuthorizationChecks> {
    const { lib } = await this.discovered();
    return { codeVerifier: lib.randomPKCECodeVerifier(), state: lib.randomState(), nonce: lib.randomNonce() };
  }

  async authorizationUrl(checks: AuthorizationChecks): Promise<URL> {
    const { lib, config } = await this.discovered();
    return lib.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      code_challenge: await lib.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
  }

  /** Exchanges the code (with the PKCE verifier) and verifies the ID token: issuer, audience, nonce, signature. */
  async claimsFromCallback(callbackQuery: string, checks: AuthorizationChecks): Promise<ProviderClaims> {
    const { lib, config } = await this.discovered();
    const tokens = await lib.authorizationCodeGrant(config, new URL(`${this.redirectUri}${callbackQuery}`), {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: text(claims.email),
      emailVerified: claims.email_verified === true,
      name: text(claims.name),
      phoneNumber: text(claims.phone_number),
      phoneNumberVerified: claims.phone_number_verified === true,
    };
  }

  private discovered() {
    this.configuration ??= this.discover().catch((err) => {
      this.configuration = undefined; // the provider may be back next time
      throw err;
    });
    return this.configuration;
  }

  private async discover() {
    const lib = await import('openid-client');
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = this.appConfig;
    const issuer = new URL(OIDC_ISSUER!);
    // Plain http only outside production (validateConfig refuses it there): a provider on the developer's machine.
    const options = issuer.protocol === 'http:' ? { execute: [lib.allowInsecureRequests] } : undefined;
    const config = OIDC_CLIENT_SECRET
      ? await lib.discovery(issuer, OIDC_CLIENT_ID!, OIDC_CLIENT_SECRET, lib.ClientSecretBasic(OIDC_CLIENT_SECRET), options)
      : await lib.discovery(issuer, OIDC_CLIENT_ID!, undefined, lib.None(), options);
    this.logger.log(`single sign-on through ${issuer.href}`);
    return { lib, config };
  }
}
