import { Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { EmailSender } from './channels/email-sender';
import { SMS_PROVIDER } from './channels/sms-provider';
import { TwilioSmsProvider } from './channels/twilio-sms-provider';
import { DeadlineReminders } from './deadline-reminders';
import { DeliveryLog } from './delivery-log';
import { NoticePlanner } from './notice-planner';
import { EMAIL_SENDER, NoticeSender } from './notice-sender';
import { NotificationPreferences } from './notification-preferences';
import { RecipientDirectory } from './recipient-directory';

/** Worker side: plans deliveries from events and reminders, and sends them. */
@Module({
  providers: [
    RecipientDirectory,
    NoticePlanner,
    NoticeSender,
    DeadlineReminders,
    { provide: EMAIL_SENDER, inject: [AppConfig], useFactory: (c: AppConfig) => (c.SMTP_URL ? new EmailSender(c.SMTP_URL, c.MAIL_FROM) : null) },
    {
      provide: SMS_PROVIDER,
      inject: [AppConfig],
      useFactory: (c: AppConfig) =>
        c.SMS_PROVIDER === 'twilio'
          ? new TwilioSmsProvider({ apiUrl: c.TWILIO_API_URL, accountSid: c.TWILIO_ACCOUNT_SID!, authToken: c.TWILIO_AUTH_TOKEN!, from: c.TWILIO_FROM! })
          : null,
    },
  ],
  exports: [NoticePlanner, NoticeSender, DeadlineReminders],
})
export class NotificationsWorkerModule {}

/** Api side: each person's preferences and the organisers' delivery log. */
@Module({
  providers: [DeliveryLog, NotificationPreferences],
  exports: [DeliveryLog, NotificationPreferences],
})
export class NotificationsApiModule {}
