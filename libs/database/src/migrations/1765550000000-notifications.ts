import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 17): one delivery row per (source, recipient, channel) — the unique key that makes a
 * redelivered event or a reminder fired twice send nothing more — per-person preferences, and deadline
 * reminders kept here so that a Redis that lost its delayed jobs can be given them again.
 */
export class Notifications1765550000000 implements MigrationInterface {
  name = 'Notifications1765550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY,
        source_id text NOT NULL,
        campaign_id uuid NOT NULL,
        recipient_id text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email', 'sms')),
        kind text NOT NULL,
        params jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dead', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        provider_message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT notification_deliveries_once UNIQUE (source_id, recipient_id, channel)
      )`);
    await q.query(`COMMENT ON COLUMN notification_deliveries.source_id IS 'the event id, or reminder:<reminder id> for a deadline reminder'`);
    await q.query(
      `COMMENT ON COLUMN notification_deliveries.recipient_id IS 'a person id, or candidacy:<id> for a candidate reached through her candidacy contact'`,
    );
    await q.query(`CREATE INDEX notification_deliveries_campaign ON notification_deliveries (campaign_id, created_at)`);
    await q.query(`CREATE INDEX notification_deliveries_unsent ON notification_deliveries (updated_at) WHERE status IN ('pending', 'sending', 'failed')`);
    await q.query(`
      CREATE TABLE notification_preferences (
        person_id text PRIMARY KEY,
        opted_out boolean NOT NULL DEFAULT false,
        email boolean,
        sms boolean,
        locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification_reminders (
        id text PRIMARY KEY,
        campaign_id uuid NOT NULL,
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        fire_at timestamptz NOT NULL,
        fired_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_reminders_unfired ON notification_reminders (fire_at) WHERE fired_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_reminders`);
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE notification_deliveries`);
  }
}
