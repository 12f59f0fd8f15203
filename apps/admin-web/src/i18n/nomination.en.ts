import type { NominationMessages } from './nomination.zh-CN';

/** Nomination channels and child campaigns, English: the candidacy form, candidacy lists, adopting child finalists. Merged into screens.en.ts under `nomination`. */
const nominationEn: NominationMessages = {
  title: 'Nomination',
  channel: 'How she comes forward',
  channels: {
    self: 'Self-application',
    organisation: 'Recommended by an organisation',
    joint: 'Joint nomination',
    'child-campaign': 'From a lower-level selection',
  },
  nominatingBody: 'Recommending organisation or unit',
  nominatingBodyPlaceholder: 'e.g. Street Women’s Federation',
  nominators: 'Joint nominators (one per line)',
  nominatorsHint: 'At least {{minimum}} people, one name per line. Only the organisers and the candidate see the names; they are never published.',
  nominatorsCount: '{{count}} given',
  tooFewNominators: 'At least {{minimum}} different nominators are needed ({{count}} given)',
  bodyRequired: 'Name the recommending organisation or unit',
  fromChild: 'From: {{title}}',
  nominatedBy: 'Nominated by: {{names}}',
  recommendedBy: 'Recommended by: {{body}}',
  children: {
    title: 'Take finalists from child campaigns',
    intro:
      'Once a campaign of an organisation below this one has a certified result, its elected finalists can become candidates of this campaign. Each child campaign can be taken once.',
    none: 'No campaign of an organisation below this one has a certified result yet.',
    campaign: 'Child campaign',
    organisation: 'Organisation',
    finalists: 'Finalists',
    adopted: 'Taken',
    adopt: 'Take the finalists of the chosen campaigns',
    adoptedMessage: '{{count}} finalists taken',
    confirmTitle: 'Take these finalists?',
    confirmBody:
      'The {{count}} finalists of the chosen campaigns become candidates of this campaign; qualification review still follows. This cannot be undone.',
  },
};

export default nominationEn;
