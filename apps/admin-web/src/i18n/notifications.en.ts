import type { NotificationsMessages } from './notifications.zh-CN';

/** Notification log, English: what the campaign sent, and the dead letters. Merged into screens.en.ts under `notifications`. */
const notificationsEn: NotificationsMessages = {
  tab: 'Notifications',
  hint: 'Notices sent for expert assignments, rejected candidacies, inspection and review deadlines. A dead letter failed on every attempt: contact the person another way.',
  all: 'All',
  deadLetters: 'Dead letters',
  none: 'No notifications',
  recipient: 'Recipient',
  kind: 'Notice',
  channel: 'Channel',
  status: 'Status',
  attempts: 'Attempts',
  lastError: 'Last error',
  createdAt: 'When',
  kinds: {
    'expert-assigned': 'Expert assigned',
    'candidacy-rejected': 'Candidacy rejected',
    'inspection-starting': 'Inspection starting',
    'review-deadline': 'Review deadline',
  },
  channels: { email: 'E-mail', sms: 'SMS' },
  statuses: { pending: 'Pending', sending: 'Sending', sent: 'Sent', failed: 'Retrying', dead: 'Dead letter', skipped: 'Not sent' },
  preferences: {
    title: 'Notifications',
    intro: 'Expert assignments, qualification decisions, inspection and deadline reminders reach you by e-mail or SMS.',
    optOut: 'No notifications at all',
    email: 'E-mail',
    sms: 'SMS',
    default: { email: 'Default (whenever I have an address)', sms: 'Default (only without e-mail)' },
    on: 'Yes',
    off: 'No',
    locale: 'Language',
    save: 'Save notification settings',
    saved: 'Notification settings saved',
  },
};

export default notificationsEn;
