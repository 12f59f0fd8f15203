import { Injectable, UnauthorizedException } from '@nestjs/common';
import { TooManyRequestsException } from '@app/auth';
import { passwordMatches } from '../passwords/password-hasher';
import { parseLogin } from '../people/login';
import { PeopleRepository } from '../people/people.repository';
import { SessionTokenService, type SessionTokens } from '../sessions/session-tokens';
import { verifyTotp } from '../totp/totp';
import { TotpSecretBox } from '../totp/totp-secret-box';
import { SignInThrottle } from './sign-in-throttle';

/** One answer for an unknown login, a wrong password and a disabled account: nobody learns who has an account. */
const signInFailed = () => new UnauthorizedException({ code: 'sign-in.failed', message: 'The login or the password is wrong.' });

@Injectable()
export class SignInService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionTokenService,
    private readonly totpBox: TotpSecretBox,
  ) {}

  async signIn(loginText: string, password: string, totp: string | undefined, address: string): Promise<SessionTokens> {
    const login = parseLogin(loginText);
    const throttleKey = `${login.kind}:${login.value}`;
    const slot = await this.throttle.reserve(throttleKey, address);
    if (!slot.granted) {
      throw new TooManyRequestsException(slot.retryAfterSeconds, {
        code: 'sign-in.locked',
        message: `Too many wrong passwords; wait ${slot.retryAfterSeconds} s and try again.`,
      });
    }
    let failed = true;
    try {
      const person = await this.people.byLogin(login);
      const matches = await passwordMatches(person?.passwordHash, password);
      if (!person || !matches || person.disabledAt) throw signInFailed();
      if (person.totpEnabledAt && person.totpSecretEncrypted) {
        if (!totp) {
          failed = false; // the password was right: asking for the code is not a guess
          throw new UnauthorizedException({ code: 'sign-in.totp-required', message: 'Enter the 6-digit code from your authenticator app.' });
        }
        if (!verifyTotp(this.totpBox.open(person.totpSecretEncrypted), totp, Date.now())) {
          throw new UnauthorizedException({ code: 'sign-in.totp-wrong', message: 'The authenticator code is wrong or too old.' });
        }
      }
      failed = false;
      return await this.sessions.start(person);
    } finally {
      await this.throttle.settle(throttleKey, address, failed);
    }
  }
}
