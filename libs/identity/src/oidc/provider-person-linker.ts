import { Injectable } from '@nestjs/common';
import { normalisePhone } from '../people/login';
import type { Person } from '../people/person';
import { PeopleRepository } from '../people/people.repository';
import type { ProviderClaims } from './openid-provider-client';
import { PersonIdentitiesRepository } from './person-identities.repository';

/**
 * Finds the person a provider's identity is. Her roles are this service's: a new person is only a candidate,
 * whatever the provider claims; an organiser is made one here (the administrator's command line, an invitation).
 */
@Injectable()
export class ProviderPersonLinker {
  constructor(
    private readonly people: PeopleRepository,
    private readonly identities: PersonIdentitiesRepository,
  ) {}

  async personFor(claims: ProviderClaims): Promise<Person> {
    const known = await this.identities.personIdOf(claims.issuer, claims.subject);
    const person = (known && (await this.people.byId(known))) || (await this.sameVerifiedEmail(claims)) || (await this.create(claims));
    const linkedId = await this.identities.link(claims.issuer, claims.subject, person.id);
    return linkedId === person.id ? person : (await this.people.byId(linkedId))!;
  }

  /** Only an address the provider has verified may take over an account that has it: anyone can type one. */
  private async sameVerifiedEmail(claims: ProviderClaims): Promise<Person | undefined> {
    if (!claims.email || !claims.emailVerified) return undefined;
    return this.people.byLogin({ kind: 'email', value: claims.email.toLowerCase() });
  }

  private async create(claims: ProviderClaims): Promise<Person> {
    const email = claims.email && claims.emailVerified ? claims.email.toLowerCase() : null;
    const phone = claims.phoneNumber && claims.phoneNumberVerified ? normalisePhone(claims.phoneNumber) : null;
    const name = claims.name ?? email ?? claims.subject;
    const person = { name: name.slice(0, 50), email, phone, passwordHash: null, roles: ['candidate' as const], emailConfirmed: !!email };
    // The phone may already be someone else's login: then she is created without it rather than not at all.
    const created = (await this.people.create(person)) ?? (await this.people.create({ ...person, phone: null }));
    if (!created) throw new Error('a person with this verified e-mail appeared during the sign-in');
    return created;
  }
}
