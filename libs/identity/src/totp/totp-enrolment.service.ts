import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { PeopleRepository } from '../people/people.repository';
import type { Person } from '../people/person';
import { base32Encode, verifyTotp } from './totp';
import { TotpSecretBox } from './totp-secret-box';

type SignedInPerson = { readonly id: string; readonly sessionId?: string };

const needsAccount = () => new ConflictException({ code: 'totp.needs-account', message: 'A second factor needs a real account (not the development login).' });

/** Setting up the optional authenticator-app code: a new secret first, switched on once a code from it is shown. */
@Injectable()
export class TotpEnrolmentService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly box: TotpSecretBox,
  ) {}

  async setUp(user: SignedInPerson): Promise<{ secret: string; otpauthUri: string }> {
    const person = await this.accountOf(user);
    if (person.totpEnabledAt) throw new ConflictException({ code: 'totp.already-enabled', message: 'The second factor is already on.' });
    const secret = randomBytes(20);
    await this.people.setTotpSecret(person.id, this.box.seal(secret));
    const encoded = base32Encode(secret);
    const label = encodeURIComponent(`Open Selection:${person.email ?? person.phone ?? person.name}`);
    return { secret: encoded, otpauthUri: `otpauth://totp/${label}?secret=${encoded}&issuer=Open%20Selection&algorithm=SHA1&digits=6&period=30` };
  }

  async enable(user: SignedInPerson, code: string): Promise<void> {
    const person = await this.accountOf(user);
    if (person.totpEnabledAt) throw new ConflictException({ code: 'totp.already-enabled', message: 'The second factor is already on.' });
    if (!person.totpSecretEncrypted)
      throw new ConflictException({ code: 'totp.not-set-up', message: 'Set up the second factor first (POST /auth/totp/setup).' });
    if (!verifyTotp(this.box.open(person.totpSecretEncrypted), code, Date.now())) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'totp.code-wrong',
        message: "The code does not match; check the phone's clock and enter the current code.",
        errors: [{ field: 'code', rule: 'totp', message: 'code is not the current code of the authenticator app' }],
      });
    }
    await this.people.enableTotp(person.id);
  }

  /** Only a token of a real session counts: a development-login token may name any id, a real person's too. */
  private async accountOf(user: SignedInPerson): Promise<Person> {
    const person = user.sessionId ? await this.people.byId(user.id) : undefined;
    if (!person) throw needsAccount();
    return person;
  }
}
