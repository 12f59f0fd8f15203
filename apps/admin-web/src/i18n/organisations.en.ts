import type { OrganisationsMessages } from './organisations.zh-CN';

/** Organisations and per-campaign grants, English. Merged into en.ts under `organisations`. */
const organisationsEn: OrganisationsMessages = {
  nav: 'Organisations',
  title: 'Organisations',
  intro:
    'The organisations you organise and those below them. An organiser runs her own organisation’s campaigns; once an organiser of the parent grants “includes the organisations below”, also theirs.',
  empty: 'You organise no organisation yet.',
  levels: { province: 'Province', city: 'City', district: 'District', street: 'Street', community: 'Community' },
  actsOnCampaigns: 'You run this organisation’s campaigns',
  organisers: 'Organisers',
  personId: 'Person id',
  name: 'Name',
  includesDescendants: 'Includes the organisations below',
  includesDescendantsHelp: 'Granted by an organiser of the parent organisation',
  remove: 'Remove',
  removeConfirm: 'Remove this organiser? She loses this organisation’s campaigns at once.',
  addOrganiser: 'Add organiser',
  added: 'Organiser added',
  removed: 'Organiser removed',
  createChild: 'New organisation below',
  childName: 'Name of the new organisation',
  level: 'Level',
  create: 'Create',
  created: 'Organisation created',
  saved: 'Saved',
  organisation: 'Organisation',
  organisationHelp: 'You organise several organisations: choose the one this campaign belongs to',
  grants: {
    tab: 'Grants',
    title: 'Grants in this campaign',
    intro:
      'Inspectors and counting officers are granted per campaign; every grant and revocation is in this campaign’s audit trail. A candidate of this campaign can never be granted a role in it.',
    role: 'Role',
    roles: { inspector: 'Inspector', 'counting-officer': 'Counting officer' },
    grant: 'Grant',
    granted: 'Granted',
    revoke: 'Revoke',
    revoked: 'Grant revoked',
    none: 'Nobody has been granted a role yet.',
    grantedAt: 'Granted at',
  },
};

export default organisationsEn;
