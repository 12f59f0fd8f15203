import type { AppConfig } from '@app/config';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant the retention rules read: now, moved ahead by RETENTION_CLOCK_SKEW_DAYS in tests (0, and refused, in production). */
export const retentionClock = (config: Pick<AppConfig, 'RETENTION_CLOCK_SKEW_DAYS'>, now: Date): Date =>
  new Date(now.getTime() + config.RETENTION_CLOCK_SKEW_DAYS * DAY_MS);
