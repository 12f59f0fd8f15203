import type { PrivacyMessages } from './privacy.zh-CN';

/** Personal data, English: the privacy notice and consents of the candidacy form, the My data page. Merged into screens.en.ts under `privacy`. */
const privacyEn: PrivacyMessages = {
  noticeTitle: 'How your personal data is processed',
  notice: [
    'Who: the organisers of this selection (the organising body named under the campaign title).',
    'What: your name, contact, gender, birth year, education, employer, sector, employment, statement and project, and the records of review, inspection and voting.',
    'Why: only for this selection — qualification, review, inspection, election and the public notice of the result. Your contact is for the organisers alone: never published, never exported.',
    'Published: the public result lists only candidates who passed qualification. The names of the finalists and of the elected must be published by law, whatever you choose; anyone else’s name, and everyone’s employer and project, only with her separate consent. Nothing at all is published about applicants who failed qualification or inspection, or withdrew.',
    'How long: 3 years after the result is certified (the organisers may set another period), for objections, audits and review; then it can be erased.',
    'Your rights: download everything held about you at any time under “My data”; change your candidacy and consents while candidacy is open; ask for erasure, done once the retention period is over.',
  ],
  consentTitle: 'Consent',
  processing: 'I consent to the processing of this data for this selection (required to apply)',
  processingRequired: 'Consent to processing for this selection is required to apply',
  publishName: 'Publish my name (finalists and the elected are named regardless)',
  publishEmployer: 'Publish my employer',
  publishProjectTitle: 'Publish my project title',
  myData: {
    title: 'My data',
    intro: 'Everything this platform holds about you: your account, your candidacies with their full record, grants, invitations and sign-ins (dates only).',
    download: 'Download my data (JSON)',
    candidacies: '{{count}} candidacies',
    erasureTitle: 'Erasure',
    erasureIntro:
      'Candidacy data is kept for a period after the campaign’s result is certified (3 years by default) and can be erased only then. Ask, and we tell you the earliest date.',
    requestErasure: 'Ask for erasure of my data',
    requestedAt: 'Requested: {{at}}',
    erasableFrom: 'Can be erased from: {{at}}',
    pending: 'A campaign you took part in has no certified result yet; the date follows once it has.',
    erasedAt: 'Erased on {{at}} (your candidacy details now read “已删除 / erased”)',
  },
};

export default privacyEn;
