import type { CampaignOriginMessages } from './campaign-origin.zh-CN';

/** Where a new campaign starts from, deadline extensions and withdrawals, English. Merged into screens.en.ts under `campaignOrigin`. */
const campaignOriginEn: CampaignOriginMessages = {
  startHeading: 'Start from',
  start: { blank: 'A blank campaign', template: 'A template', copy: 'A copy of a past campaign' },
  startHelp: 'A template or a past campaign fills in the positions, rubric, weights and quotas; change only what differs.',
  templateHelp: 'Choose a template: the form below is filled in from it, and you may still change anything.',
  templateApplied: 'Filled in from the template “{{title}}”. Now give the title and organising body.',
  copySource: 'Campaign to copy',
  copySourcePlaceholder: 'Choose a past campaign',
  copyTitle: 'Title of the new campaign',
  copyOpensOn: 'New candidacy opening day',
  copyOpensOnHelp: 'Every date moves by the same number of days; times of day stay.',
  copyShiftDays: 'Move dates by (days)',
  copyNoOpening: 'That campaign has no candidacy opening date: say by how many days to move its dates.',
  copyPreview: 'Dates of the copy',
  copyPreviewFrom: 'Was',
  copyPreviewTo: 'Becomes',
  copyNothingPersonal: 'Only the configuration is copied: no candidacy, person, score or result.',
  copySubmit: 'Copy as a new draft',
  copied: 'Copied as a new draft',
  origin: { template: 'From the template: {{title}}', clonedFrom: 'Copied from: ', clonedFromUnknown: 'Copied from another campaign' },
  extend: {
    button: 'Extend a deadline',
    title: 'Extend a deadline',
    deadline: 'Deadline',
    to: 'New date and time',
    reason: 'Reason',
    reasonHelp: 'The reason is kept in the campaign’s history and shown here.',
    done: 'Deadline extended',
    history: 'Extensions',
    historyLine: '{{deadline}}: {{from}} → {{to}} ({{reason}})',
    none: 'No deadline has been extended',
    deadlines: {
      candidacyClosesAt: 'Candidacy closes',
      projectReviewClosesAt: 'Project review closes',
      juryClosesAt: 'Jury closes',
      congressAt: 'Congress',
    },
  },
  withdraw: {
    button: 'Record withdrawal',
    title: 'Record a candidate’s withdrawal',
    body: 'Once {{name}} withdraws, the next eligible candidate in the ranking (quotas kept) joins the shortlist in her place. This cannot be undone.',
    reason: 'Reason (her letter or statement)',
    done: 'Withdrawal recorded',
    candidateLate:
      'Candidacy has closed, but you may still withdraw until the congress (not while the jury votes); if you are on the shortlist, the next candidate takes your place.',
  },
};

export default campaignOriginEn;
