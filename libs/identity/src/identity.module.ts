import { ErasureRequestsRepository } from './personal-data/erasure-requests.repository';
import { PersonalDataReader } from './personal-data/personal-data.reader';
import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { AppConfig } from '@app/config';
import { APP_REDIS, type AppRedis, AppRedisModule } from '@app/queue';
import { Mailer } from './mail/mailer';
import { InvitationsRepository } from './invitations/invitations.repository';
import { AccountTokensRepository } from './one-time-tokens/account-tokens.repository';
import { PasswordResetService } from './password-reset/password-reset.service';
import { PeopleRepository } from './people/people.repository';
import { RegistrationService } from './registration/registration.service';
import { SessionTokenService } from './sessions/session-tokens';
import { SessionsRepository } from './sessions/sessions.repository';
import { SignInService } from './sign-in/sign-in.service';
import { SignInThrottle } from './sign-in/sign-in-throttle';
import { TotpEnrolmentService } from './totp/totp-enrolment.service';
import { TotpSecretBox } from './totp/totp-secret-box';
import { OpenIdProviderClient } from './oidc/openid-provider-client';
import { PendingSignIns } from './oidc/pending-sign-ins';
import { PersonIdentitiesRepository } from './oidc/person-identities.repository';
import { ProviderPersonLinker } from './oidc/provider-person-linker';
import { SingleSignOnService } from './oidc/single-sign-on.service';

/** Real accounts: people, password sign-in, sessions, e-mail confirmation, password reset, second factor, single sign-on. */
@Module({
  imports: [AuthModule, AppRedisModule],
  providers: [
    PersonalDataReader,
    ErasureRequestsRepository,
    {
      provide: SignInThrottle,
      inject: [APP_REDIS, AppConfig],
      useFactory: (redis: AppRedis, config: AppConfig) =>
        new SignInThrottle(redis, config.QUEUE_PREFIX, {
          failuresPerAccount: config.SIGN_IN_FAILURES_BEFORE_LOCKOUT,
          failuresPerAddress: config.SIGN_IN_FAILURES_PER_ADDRESS,
          firstWaitMs: config.SIGN_IN_LOCKOUT_SECONDS * 1000,
        }),
    },
    {
      provide: PendingSignIns,
      inject: [APP_REDIS, AppConfig],
      useFactory: (redis: AppRedis, config: AppConfig) => new PendingSignIns(redis, config.QUEUE_PREFIX),
    },
    OpenIdProviderClient,
    PersonIdentitiesRepository,
    ProviderPersonLinker,
    SingleSignOnService,
    { provide: TotpSecretBox, inject: [AppConfig], useFactory: (config: AppConfig) => new TotpSecretBox(config.JWT_SECRET) },
    PeopleRepository,
    SessionsRepository,
    AccountTokensRepository,
    InvitationsRepository,
    Mailer,
    SessionTokenService,
    SignInService,
    RegistrationService,
    PasswordResetService,
    TotpEnrolmentService,
  ],
  exports: [
    PersonalDataReader,
    ErasureRequestsRepository,
    SingleSignOnService,
    PeopleRepository,
    InvitationsRepository,
    Mailer,
    SessionTokenService,
    SignInService,
    RegistrationService,
    PasswordResetService,
    TotpEnrolmentService,
  ],
})
export class IdentityModule {}
