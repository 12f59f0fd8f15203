import { Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * Sends mail through SMTP_URL. Without it (development) the message is written to the console instead, without
 * its address, so that a developer can follow a link and no contact detail lands in a log.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport?: Transporter;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) this.transport = createTransport(config.SMTP_URL);
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      console.log(`[mail not sent: SMTP_URL is not set] ${mail.subject}\n${mail.text}`);
      return;
    }
    try {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    } catch (err) {
      // The caller's answer must not depend on whether mail went out: it would tell who has an account.
      this.logger.error(`Mail "${mail.subject}" could not be sent: ${(err as Error).message}`);
    }
  }
}
