import type formsZhCN from './forms.zh-CN';

/** Organiser forms: number inputs, discarding drafts, quotas, the checks before freezing, score sheet drafts. */
const formsEn: typeof formsZhCN = {
  number: {
    wholeBetween: 'Enter a whole number from {{min}} to {{max}}',
    wholeAtLeast: 'Enter a whole number of at least {{min}}',
    stepBetween: 'Enter a number from {{min}} to {{max}} in steps of {{step}} (at most {{places}} decimal places)',
    stepAtLeast: 'Enter a number of at least {{min}} in steps of {{step}} (at most {{places}} decimal places)',
  },
  discard: {
    button: 'Discard this draft',
    title: 'Discard the draft “{{title}}”?',
    body: 'A discarded campaign leaves every list and cannot be brought back; the discard stays in its audit trail. Only a draft can be discarded.',
    reason: 'Reason (optional)',
    confirm: 'Discard',
    done: 'Draft discarded',
  },
  quota: {
    duplicate: 'Repeats quota {{row}} (same attribute, value and body); put the minimum and maximum in one quota',
  },
  freeze: {
    blockedTitle: 'The ranking cannot be frozen yet: these parts have no result',
    'project-review-open': 'Project review is not closed.',
    'panel-grades-missing': 'The expert panel has not graded: {{names}}.',
    'jury-result-not-recorded': 'The jury result has not been recorded (record it on the Jury tab).',
    blockedHint: 'Each of these parts carries weight in the ranking; until it has a result, a freeze is refused.',
    overrideLabel: 'Reason to freeze without the missing grades',
    overrideHelp:
      'Panel opinion is over, so these grades can no longer be recorded. To freeze anyway, write why (e.g. the candidate was ill on the day of the defence and the steering group agreed); the reason is kept with the frozen ranking and the missing part counts as 0.',
  },
  sheet: {
    notSaved: 'Draft not saved: correct the scores marked in red first',
  },
};

export default formsEn;
