import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AccountTokensRepository } from '../one-time-tokens/account-tokens.repository';
import { accountTokenRefused } from '../account-token-refused';
import { accountLink } from '../mail/account-links';
import { Mailer } from '../mail/mailer';
import { hashPassword } from '../passwords/password-hasher';
import { normalisePhone } from '../people/login';
import { PeopleRepository } from '../people/people.repository';

const CONFIRMATION_VALID_MS = 48 * 3_600_000;

export interface Registration {
  readonly name: string;
  readonly email: string;
  readonly phone?: string;
  readonly password: string;
}

/**
 * Self-registration of candidates. The answer is the same whether or not the address is taken (the owner of a
 * taken address is told by mail instead), so registering does not reveal who has an account.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly tokens: AccountTokensRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async register(registration: Registration): Promise<void> {
    const email = registration.email.trim().toLowerCase();
    const person = await this.people.create({
      name: registration.name.trim(),
      email,
      phone: registration.phone ? normalisePhone(registration.phone) : null,
      passwordHash: await hashPassword(registration.password),
      roles: ['candidate'],
      emailConfirmed: false,
    });
    if (!person) {
      void this.mailer.send({
        to: email,
        subject: 'Open Selection: this address already has an account / 此邮箱已注册',
        text: `Someone tried to register with this address, which already has an account. If it was you, sign in or reset your password: ${accountLink(this.config.PUBLIC_URL, 'reset-password', '')}\n有人用此邮箱注册，但它已有账户。如果是您本人，请直接登录或重设密码。`,
      });
      return;
    }
    await this.sendConfirmation(person.id, email);
  }

  async confirmEmail(token: string): Promise<void> {
    const personId = await this.tokens.consume(token, 'email-confirmation');
    if (!personId) throw accountTokenRefused();
    await this.people.confirmEmail(personId);
  }

  private async sendConfirmation(personId: string, email: string): Promise<void> {
    const token = await this.tokens.issue(personId, 'email-confirmation', CONFIRMATION_VALID_MS);
    void this.mailer.send({
      to: email,
      subject: 'Open Selection: confirm your e-mail / 请确认您的邮箱',
      text: `Open this link to confirm your e-mail address (valid for 48 hours):\n请打开以下链接确认您的邮箱（48 小时内有效）：\n${accountLink(this.config.PUBLIC_URL, 'confirm-email', token)}\n`,
    });
  }
}
