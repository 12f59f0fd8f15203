/**
 * Why a single sign-on did not end in a session. The callback sends the browser to the sign-in page with the code
 * (`?ssoError=`), which the page says in words (apps/admin-web/src/i18n/refusals.*.ts).
 */
export const SSO_REFUSALS = {
  providerUnavailable: {
    code: 'sso.provider-unavailable',
    message: 'The identity provider cannot be reached at the moment; try again later, or sign in with a password.',
  },
  stateInvalid: { code: 'sso.state-invalid', message: 'This sign-in link is not valid (used already, expired or not started in this browser); start again.' },
  accessDenied: { code: 'sso.access-denied', message: 'The identity provider did not sign you in (refused or cancelled).' },
  providerError: { code: 'sso.provider-error', message: 'The identity provider answered with an error; try again later.' },
  verificationFailed: { code: 'sso.verification-failed', message: 'The answer of the identity provider could not be verified; start again.' },
  personDisabled: { code: 'sso.person-disabled', message: 'This account is disabled; ask the organisers.' },
  secondFactorAccount: {
    code: 'sso.second-factor-account',
    message: 'This account signs in with its password and authenticator code; single sign-on cannot stand in for the second factor.',
  },
} as const;

export type SsoRefusal = (typeof SSO_REFUSALS)[keyof typeof SSO_REFUSALS];

export class SsoRefused extends Error {
  constructor(readonly refusal: SsoRefusal) {
    super(refusal.message);
  }
}
