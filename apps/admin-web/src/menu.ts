import type { Role } from './auth/session';

/** One entry of the top menu: a signed-in start screen and the roles that see it. */
export interface MenuEntry {
  path: string;
  roles: Role[];
  labelKey: string;
}

/**
 * The top menu, in order. It names paths only (no screens), so that any screen can send a person home without
 * importing the route table, which imports every screen.
 */
export const MENU: MenuEntry[] = [
  { path: '/campaigns', roles: ['organiser'], labelKey: 'nav.campaigns' },
  { path: '/campaigns/new', roles: ['organiser'], labelKey: 'nav.newCampaign' },
  { path: '/organisations', roles: ['organiser'], labelKey: 'organisations.nav' },
  { path: '/candidate', roles: ['candidate'], labelKey: 'nav.myCandidacies' },
  { path: '/expert', roles: ['expert'], labelKey: 'nav.assignments' },
  { path: '/ballot', roles: ['juror'], labelKey: 'nav.ballot' },
  // Last, and only for roles with a screen of their own before it, so that no one's start page changes.
  { path: '/my-data', roles: ['organiser', 'candidate', 'expert'], labelKey: 'nav.myData' },
];

/** The menu entries a person with these roles sees. */
export function menuFor(roles: readonly Role[]): MenuEntry[] {
  return MENU.filter((entry) => entry.roles.some((role) => roles.includes(role)));
}

/** Where a person lands after signing in: the first menu entry her roles open. */
export function homeFor(roles: readonly Role[]): string {
  return menuFor(roles)[0]?.path ?? '/login';
}
