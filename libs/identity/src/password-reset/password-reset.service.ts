import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { accountTokenRefused } from '../account-token-refused';
import { accountLink } from '../mail/account-links';
import { Mailer } from '../mail/mailer';
import { AccountTokensRepository } from '../one-time-tokens/account-tokens.repository';
import { hashPassword } from '../passwords/password-hasher';
import { parseLogin } from '../people/login';
import { PeopleRepository } from '../people/people.repository';
import { SessionTokenService } from '../sessions/session-tokens';

const RESET_VALID_MS = 3_600_000;

/** Password reset by a one-time link sent to the person's e-mail; setting the new password ends every session. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly tokens: AccountTokensRepository,
    private readonly sessions: SessionTokenService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  /** Asks for a link. Says nothing about whether the login exists: the caller always answers 202. */
  async request(loginText: string): Promise<void> {
    const person = await this.people.byLogin(parseLogin(loginText));
    if (!person || person.disabledAt || !person.email) return;
    const token = await this.tokens.issue(person.id, 'password-reset', RESET_VALID_MS);
    void this.mailer.send({
      to: person.email,
      subject: 'Open Selection: reset your password / 重设密码',
      text: `Open this link within one hour to set a new password. If you did not ask for it, ignore this mail.\n请在一小时内打开以下链接设置新密码；如非本人操作，请忽略本邮件。\n${accountLink(this.config.PUBLIC_URL, 'reset-password', token)}\n`,
    });
  }

  async confirm(token: string, newPassword: string): Promise<void> {
    const personId = await this.tokens.consume(token, 'password-reset');
    if (!personId) throw accountTokenRefused();
    await this.people.setPassword(personId, await hashPassword(newPassword));
    // A reset usually means the old password is known to someone else: whoever used it is signed out.
    await this.sessions.endAllOf(personId);
  }
}
