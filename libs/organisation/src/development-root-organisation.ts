/**
 * Where an organiser signed in by the development login belongs when she names no organisation, so that every
 * campaign made in development and tests has an organisation. Created on demand, only while dev login is on (and by
 * the migration for campaigns that existed before organisations).
 */
export const DEVELOPMENT_ROOT_ORGANISATION = {
  id: '00000000-0000-4000-8000-00000000d001',
  name: '开发用根组织 (development root)',
  level: 'province',
} as const;
