import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { chooseChannels, type NoticeChannel, type NoticeKind } from '@app/domain';
import { DeliveryError } from './channels/delivery-error';
import type { EmailSender } from './channels/email-sender';
import { SMS_PROVIDER, type SmsProvider } from './channels/sms-provider';
import { renderNotice } from './notice-templates';
import { RecipientDirectory } from './recipient-directory';

export const EMAIL_SENDER = Symbol('EmailSender');

export type DeliveryOutcome = 'sent' | 'skipped' | 'already-done';

/**
 * Sends one delivery. The row is marked `sending` (attempt counted) before the send and `sent` after it, so a
 * worker killed mid-send leaves a row that the retry sends again — and one that was `sent` is never sent again,
 * however often its job runs. A failure is `failed` and retried with backoff; the last attempt, or a refusal
 * that cannot change (a bad number), leaves a dead letter the organisers see.
 */
@Injectable()
export class NoticeSender {
  private readonly logger = new Logger(NoticeSender.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: RecipientDirectory,
    private readonly config: AppConfig,
    @Optional() @Inject(EMAIL_SENDER) private readonly email?: EmailSender,
    @Optional() @Inject(SMS_PROVIDER) private readonly sms?: SmsProvider,
  ) {}

  async deliver(deliveryId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    // UPDATE … RETURNING through DataSource.query answers [rows, affected].
    const [[row]] = await this.db.query(
      `UPDATE notification_deliveries SET status = 'sending', attempts = attempts + 1, updated_at = now()
       WHERE id = $1 AND status IN ('pending', 'sending', 'failed') RETURNING *`,
      [deliveryId],
    );
    if (!row) return 'already-done';
    const channel = row.channel as NoticeChannel;
    const recipient = await this.directory.find(row.recipient_id, row.campaign_id);
    // Asked again now: she may have opted out, or her address may be gone, since the notice was planned.
    if (!recipient || !chooseChannels(recipient.preferences, recipient.contact).includes(channel))
      return this.skip(deliveryId, 'recipient no longer reachable on this channel');
    if (channel === 'email' && !this.email) return this.skip(deliveryId, 'SMTP_URL is not set');
    if (channel === 'sms' && !this.sms) return this.skip(deliveryId, 'SMS_PROVIDER is none');
    const [campaign] = await this.db.query(`SELECT title FROM campaigns WHERE id = $1`, [row.campaign_id]);
    const link = this.config.PUBLIC_URL ? `${this.config.PUBLIC_URL.replace(/\/$/, '')}/app/campaigns/${row.campaign_id}` : '';
    const notice = renderNotice(row.kind as NoticeKind, recipient.locale, { campaignTitle: campaign?.title ?? '', name: recipient.name, link }, row.params);
    try {
      const { messageId } =
        channel === 'email'
          ? await this.email!.send(deliveryId, recipient.contact.email!, notice.subject, notice.text)
          : await this.sms!.send(recipient.contact.phone!, notice.sms);
      await this.db.query(
        `UPDATE notification_deliveries SET status = 'sent', sent_at = now(), updated_at = now(), provider_message_id = $2, last_error = NULL WHERE id = $1`,
        [deliveryId, messageId],
      );
      return 'sent';
    } catch (err) {
      if (!(err instanceof DeliveryError)) throw err;
      const dead = err.permanent || lastAttempt;
      await this.db.query(`UPDATE notification_deliveries SET status = $2, last_error = $3, updated_at = now() WHERE id = $1`, [
        deliveryId,
        dead ? 'dead' : 'failed',
        err.message,
      ]);
      this.logger.warn(`Delivery ${deliveryId} (${channel}) ${dead ? 'is a dead letter' : 'will be retried'}: ${err.message}`);
      throw dead ? new UnrecoverableError(err.message) : err;
    }
  }

  private async skip(deliveryId: string, reason: string): Promise<DeliveryOutcome> {
    await this.db.query(`UPDATE notification_deliveries SET status = 'skipped', last_error = $2, updated_at = now() WHERE id = $1`, [deliveryId, reason]);
    return 'skipped';
  }
}
