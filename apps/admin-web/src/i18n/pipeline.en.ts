import type { PipelineMessages } from './pipeline.zh-CN';

/** English of pipeline.zh-CN.ts. */
const pipelineEn: PipelineMessages = {
  form: {
    heading: 'Kind of campaign and its stages',
    template: 'Kind of campaign',
    templates: {
      'open-selection': 'Open selection (to the congress election)',
      honours: 'Honours and awards (e.g. “ten best families”: nomination, public vote, inspection, award tiers)',
    },
    templateHelp: 'An honours campaign has no congress election: after inspection the award lists follow from the ranking and are published.',
    skipped: 'Stages left out',
    skippedHelp: 'A stage left out does not appear in the campaign and weighs 0 (the other weights add up to 100). At least one scoring stage stays.',
    skip: {
      'expert-review': 'No expert review (project review and panel opinion)',
      'panel-opinion': 'No expert panel opinion',
      jury: 'No public vote',
    },
    tiers: 'Award tiers',
    tiersHelp: 'Filled in ranking order: the first tier takes the best-ranked, the second the next, and so on.',
    tierTitle: 'Award',
    tierTitlePlaceholder: 'e.g. Ten best families',
    tierSize: 'Places',
    addTier: 'Add an award tier',
    publication: 'How the list is published',
    publications: { unranked: 'In no particular order', ranked: 'In ranking order' },
    placesTotal: '{{places}} award places in all',
  },
  awards: {
    tab: 'Awards',
    heading: 'Award lists',
    notYet: 'Once inspection is closed, the people in each award tier are shown here, by ranking.',
    preview: 'These lists follow from the ranking; publishing them starts the publicity period.',
    publishedNote: 'The lists are published.',
    unranked: 'In no particular order',
    ranked: 'In ranking order',
    tierLine: '{{title}} ({{size}} places)',
    short: 'Not enough finalists: {{count}}/{{size}}',
    unit: 'Unit or residence',
    name: 'Name (family)',
    empty: 'Nobody yet',
    publishHeading: 'Publish the award lists',
    publishBody: 'Publishing makes the lists public and starts the publicity period, during which anyone may object; you answer each objection in writing.',
    publishButton: 'Publish the award lists and start publicity',
    publishTitle: 'Publish the award lists?',
    publishConfirm: 'The lists become public and the publicity period starts. They cannot be changed afterwards.',
    published: 'Award lists published; publicity has started',
  },
  nomination: 'Nomination',
};

export default pipelineEn;
