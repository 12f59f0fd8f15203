import { Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { PeopleRepository } from '../people/people.repository';
import { SessionTokenService, type SessionTokens } from '../sessions/session-tokens';
import { OpenIdProviderClient } from './openid-provider-client';
import { PendingSignIns } from './pending-sign-ins';
import { ProviderPersonLinker } from './provider-person-linker';
import { SSO_REFUSALS, SsoRefused } from './sso-refusals';

/** The callback's query, as the provider sent it. */
export interface CallbackQuery {
  readonly raw: string;
  readonly state?: string;
  readonly error?: string;
}

const codeInvalid = () =>
  new UnauthorizedException({ code: 'sso.code-invalid', message: 'This sign-in code is not valid (used already or expired); sign in again.' });

/**
 * Sign-in through the federation's OpenID Connect provider (authorization code + PKCE). The provider says who she
 * is; this service says what she may do. The tokens never travel in a URL: the callback hands the browser a one-time
 * code, which the sign-in page exchanges for the session's tokens.
 */
@Injectable()
export class SingleSignOnService {
  private readonly logger = new Logger(SingleSignOnService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly provider: OpenIdProviderClient,
    private readonly pending: PendingSignIns,
    private readonly linker: ProviderPersonLinker,
    private readonly people: PeopleRepository,
    private readonly sessions: SessionTokenService,
  ) {}

  /** The sign-in button's words, or null when single sign-on is off. */
  get offered(): { label: string } | null {
    return this.config.OIDC_ISSUER ? { label: this.config.OIDC_LABEL } : null;
  }

  /**
   * Where to send the browser, and the state it must bring back (the api also keeps it in a cookie); throws
   * SsoRefused when the provider cannot be reached.
   */
  async start(): Promise<{ authorizeUrl: string; state: string }> {
    this.mustBeOffered();
    let checks;
    let authorizeUrl;
    try {
      checks = await this.provider.newChecks();
      authorizeUrl = await this.provider.authorizationUrl(checks);
    } catch (err) {
      this.logger.warn(`the identity provider cannot be reached: ${(err as Error).message}`);
      throw new SsoRefused(SSO_REFUSALS.providerUnavailable);
    }
    await this.pending.keep(checks);
    return { authorizeUrl: authorizeUrl.href, state: checks.state };
  }

  /** The one-time code for the sign-in page; throws SsoRefused with the reason to show there. */
  async complete(query: CallbackQuery, browserState: string | undefined): Promise<string> {
    this.mustBeOffered();
    // The cookie ties the answer to the browser that started the sign-in, so nobody can sign someone else in as
    // herself; checked first, so that a stranger holding the callback address cannot use up the state.
    if (!query.state || browserState !== query.state) throw new SsoRefused(SSO_REFUSALS.stateInvalid);
    // Used up before the answer is looked at: neither a refusal nor a success can be replayed.
    const checks = await this.pending.takeChecks(query.state);
    if (!checks) throw new SsoRefused(SSO_REFUSALS.stateInvalid);
    if (query.error) throw new SsoRefused(query.error === 'access_denied' ? SSO_REFUSALS.accessDenied : SSO_REFUSALS.providerError);
    let claims;
    try {
      claims = await this.provider.claimsFromCallback(query.raw, checks);
    } catch (err) {
      this.logger.warn(`single sign-on answer refused: ${(err as Error).message}`);
      throw new SsoRefused(SSO_REFUSALS.verificationFailed);
    }
    const person = await this.linker.personFor(claims);
    if (person.disabledAt) throw new SsoRefused(SSO_REFUSALS.personDisabled);
    // Linked by a verified e-mail, the provider's account could otherwise skip the code she chose to require.
    if (person.totpEnabledAt) throw new SsoRefused(SSO_REFUSALS.secondFactorAccount);
    return this.pending.newCode(person.id);
  }

  async exchange(code: string): Promise<SessionTokens> {
    const personId = await this.pending.takeCode(code);
    if (!personId) throw codeInvalid();
    const person = await this.people.byId(personId);
    // Disabled between the callback and now: no session.
    if (!person || person.disabledAt) throw codeInvalid();
    return this.sessions.start(person);
  }

  private mustBeOffered(): void {
    if (!this.offered) throw new NotFoundException({ code: 'sso.not-configured', message: 'Single sign-on is not set up on this service.' });
  }
}
