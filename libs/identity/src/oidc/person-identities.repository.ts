import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The `person_identities` table: which person an (issuer, subject) of an identity provider is. */
@Injectable()
export class PersonIdentitiesRepository {
  constructor(private readonly db: DataSource) {}

  async personIdOf(issuer: string, subject: string): Promise<string | undefined> {
    const rows = await this.db.query(`SELECT person_id FROM person_identities WHERE issuer = $1 AND subject = $2`, [issuer, subject]);
    return rows[0]?.person_id;
  }

  /** The person the identity names now: the one given, or whoever a concurrent first sign-in linked first. */
  async link(issuer: string, subject: string, personId: string): Promise<string> {
    await this.db.query(`INSERT INTO person_identities (issuer, subject, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [issuer, subject, personId]);
    return (await this.personIdOf(issuer, subject))!;
  }
}
