import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NoticeLocale } from './notice-templates';

export interface NotificationPreferencesView {
  readonly optedOut: boolean;
  /** null: the default (e-mail whenever she has an address; SMS only without one). */
  readonly email: boolean | null;
  readonly sms: boolean | null;
  readonly locale: NoticeLocale;
}

/**
 * Erasure hook: her notification settings, and every delivery addressed to her or to one of her candidacies (with
 * the parameters they carried, e.g. a rejection reason), in the caller's transaction when given its EntityManager.
 */
export async function eraseNotificationData(sql: { query(sql: string, parameters?: unknown[]): Promise<unknown> }, personId: string): Promise<void> {
  await sql.query(`DELETE FROM notification_preferences WHERE person_id = $1`, [personId]);
  await sql.query(
    `DELETE FROM notification_deliveries WHERE recipient_id = $1
       OR recipient_id IN (SELECT 'candidacy:' || id::text FROM candidacies WHERE candidate_id = $1)`,
    [personId],
  );
}

const DEFAULTS: NotificationPreferencesView = { optedOut: false, email: null, sms: null, locale: 'zh-CN' };

/** Each person's own notification settings; a delivery asks them again just before it sends. */
@Injectable()
export class NotificationPreferences {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(personId: string): Promise<NotificationPreferencesView> {
    const [r] = await this.db.query(`SELECT opted_out, email, sms, locale FROM notification_preferences WHERE person_id = $1`, [personId]);
    return r ? { optedOut: r.opted_out, email: r.email, sms: r.sms, locale: r.locale } : DEFAULTS;
  }

  async set(personId: string, p: NotificationPreferencesView): Promise<NotificationPreferencesView> {
    await this.db.query(
      `INSERT INTO notification_preferences (person_id, opted_out, email, sms, locale, updated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (person_id) DO UPDATE SET opted_out = $2, email = $3, sms = $4, locale = $5, updated_at = now()`,
      [personId, p.optedOut, p.email, p.sms, p.locale],
    );
    return this.get(personId);
  }

  async erase(personId: string): Promise<void> {
    await eraseNotificationData(this.db, personId);
  }
}
