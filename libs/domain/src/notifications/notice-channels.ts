/** How a person may be reached, and what she asked for (issue 17: per-person preferences). */

export const NOTICE_CHANNELS = ['email', 'sms'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export interface NoticePreferences {
  /** Nothing at all, whatever else is set. */
  readonly optedOut: boolean;
  /** Unset: e-mail whenever she has an address. */
  readonly email?: boolean;
  /** Unset: SMS only when she has no e-mail address (an SMS costs the federation money). */
  readonly sms?: boolean;
}

export interface ContactPoints {
  readonly email?: string | null;
  readonly phone?: string | null;
}

export const DEFAULT_NOTICE_PREFERENCES: NoticePreferences = { optedOut: false };

/** The channels one notice goes out on: never one she turned off or has no address for. */
export function chooseChannels(preferences: NoticePreferences, contact: ContactPoints): NoticeChannel[] {
  if (preferences.optedOut) return [];
  const hasEmail = !!contact.email;
  const hasPhone = !!contact.phone;
  const channels: NoticeChannel[] = [];
  if (hasEmail && preferences.email !== false) channels.push('email');
  if (hasPhone && (preferences.sms ?? !hasEmail)) channels.push('sms');
  return channels;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Mainland mobile numbers as people write them (138-0000-0000, +86 138 0000 0000), or any E.164 number. */
const PHONE = /^\+?[\d\s-]{8,20}$/;

/**
 * A candidacy's free-text contact read as an address: an e-mail address, or a phone number in E.164 form (a
 * mainland number gains +86). Anything else reaches no channel.
 */
export function contactFromText(text: string | null | undefined): ContactPoints {
  const value = (text ?? '').trim();
  if (EMAIL.test(value)) return { email: value };
  if (PHONE.test(value)) {
    const digits = value.replace(/[\s-]/g, '');
    if (digits.startsWith('+')) return { phone: digits };
    if (/^1\d{10}$/.test(digits)) return { phone: `+86${digits}` };
  }
  return {};
}
