import { createTransport, type Transporter } from 'nodemailer';
import { DeliveryError } from './delivery-error';

/**
 * Notification mail over SMTP. Unlike the account mailer it reports failure, so that the delivery is retried:
 * nothing here answers a request. The Message-ID is the delivery's, so a copy sent again after a crash between
 * the server's acceptance and our record of it carries the same id, which mail clients fold into one.
 */
export class EmailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async send(deliveryId: string, to: string, subject: string, text: string): Promise<{ messageId: string }> {
    const messageId = `<${deliveryId}@notifications.open-selection>`;
    try {
      await this.transport.sendMail({ from: this.from, to, subject, text, messageId });
    } catch (err) {
      const e = err as { responseCode?: number; code?: string };
      // 5xx: the server refused the message for good (no such mailbox); anything else may pass later.
      throw new DeliveryError(`SMTP failed: ${e.responseCode ?? e.code ?? 'error'}`, !!e.responseCode && e.responseCode >= 500);
    }
    return { messageId };
  }
}
