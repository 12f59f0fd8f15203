import { ErasureRequestsRepository } from './personal-data/erasure-requests.repository';
import { PersonalDataReader } from './personal-data/personal-data.reader';
import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { AuthModule } from '@app/auth';
import { AppConfig } from '@app/config';
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

const SIGN_IN_REDIS = Symbol('SIGN_IN_REDIS');

/** Real accounts: people, password sign-in, sessions, e-mail confirmation, password reset, second factor, single sign-on. */
@Module({
  imports: [AuthModule],
  providers: [
    PersonalDataReader,
    ErasureRequestsRepository,
    {
      provide: SIGN_IN_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const redis = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 500, enableOfflineQueue: false });
        redis.on('error', () => undefined); // reconnects by itself; the throttle logs while Redis is away
        return redis;
      },
    },
    {
      provide: SignInThrottle,
      inject: [SIGN_IN_REDIS, AppConfig],
      useFactory: (redis: IORedis, config: AppConfig) =>
        new SignInThrottle(redis, config.QUEUE_PREFIX, {
          failuresPerAccount: config.SIGN_IN_FAILURES_BEFORE_LOCKOUT,
          failuresPerAddress: config.SIGN_IN_FAILURES_PER_ADDRESS,
          firstWaitMs: config.SIGN_IN_LOCKOUT_SECONDS * 1000,
        }),
    },
    { provide: PendingSignIns, inject: [SIGN_IN_REDIS, AppConfig], useFactory: (redis: IORedis, config: AppConfig) => new PendingSignIns(redis, config.QUEUE_PREFIX) },
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
  exports: [PersonalDataReader, ErasureRequestsRepository, SingleSignOnService, PeopleRepository, InvitationsRepository, Mailer, SessionTokenService, SignInService, RegistrationService, PasswordResetService, TotpEnrolmentService],
})
export class IdentityModule implements OnApplicationShutdown {
  constructor(@Inject(SIGN_IN_REDIS) private readonly redis: IORedis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
