import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type ContactPoints, contactFromText, DEFAULT_NOTICE_PREFERENCES, type NoticePreferences } from '@app/domain';
import type { NoticeLocale } from './notice-templates';

export interface Recipient {
  /** Whose preferences apply: her account id (a candidate's is the candidacy's candidate id). */
  readonly personId: string;
  readonly name: string;
  readonly contact: ContactPoints;
  readonly preferences: NoticePreferences;
  readonly locale: NoticeLocale;
}

/** A delivery's recipient key: a person id, or `candidacy:<id>` for a candidate reached through her candidacy. */
export const candidacyRecipient = (candidacyId: string) => `candidacy:${candidacyId}`;

/**
 * Who a notice goes to and how to reach her, read from the read models at the moment of planning and again at
 * sending (an address changed or erased in between is honoured). A candidate's account address comes first, the
 * contact she wrote on her candidacy second.
 */
@Injectable()
export class RecipientDirectory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(recipientId: string, campaignId: string): Promise<Recipient | null> {
    if (recipientId.startsWith('candidacy:')) {
      const [candidacy] = await this.db.query(`SELECT candidate_id, name, details->>'contact' AS contact FROM candidacies WHERE id::text = $1`, [
        recipientId.slice('candidacy:'.length),
      ]);
      if (!candidacy) return null;
      const account = await this.person(candidacy.candidate_id);
      const written = contactFromText(candidacy.contact);
      return this.withPreferences(candidacy.candidate_id, candidacy.name, { email: account?.email ?? written.email, phone: account?.phone ?? written.phone });
    }
    const account = await this.person(recipientId);
    const [expert] = await this.db.query(`SELECT name FROM evaluation_experts WHERE campaign_id = $1 AND expert_id = $2`, [campaignId, recipientId]);
    const name = account?.name ?? expert?.name;
    if (!name) return null;
    return this.withPreferences(recipientId, name, { email: account?.email, phone: account?.phone });
  }

  private async person(personId: string): Promise<{ name: string; email: string | null; phone: string | null } | undefined> {
    const [row] = await this.db.query(`SELECT name, email, phone FROM people WHERE id::text = $1 AND disabled_at IS NULL`, [personId]);
    return row;
  }

  private async withPreferences(personId: string, name: string, contact: ContactPoints): Promise<Recipient> {
    const [p] = await this.db.query(`SELECT opted_out, email, sms, locale FROM notification_preferences WHERE person_id = $1`, [personId]);
    const preferences: NoticePreferences = p ? { optedOut: p.opted_out, email: p.email ?? undefined, sms: p.sms ?? undefined } : DEFAULT_NOTICE_PREFERENCES;
    return { personId, name, contact, preferences, locale: p?.locale ?? 'zh-CN' };
  }
}
