import campaignOriginEn from './campaign-origin.en';
import electionEn from './election.en';
import invitationsEn from './invitations.en';
import juryAdminEn from './jury-admin.en';
import nominationEn from './nomination.en';
import organisationsEn from './organisations.en';
import privacyEn from './privacy.en';
import attachmentsEn from './attachments.en';
import notificationsEn from './notifications.en';
import resultsEn from './results.en';
import pipelineEn from './pipeline.en';
import type { ScreensMessages } from './screens.zh-CN';

/** English of screens.zh-CN.ts: fetched with the screens that show it, once English is chosen. */
const screensEn: ScreensMessages = {
  results: resultsEn,
  juryAdmin: juryAdminEn,
  election: electionEn,
  organisations: organisationsEn,
  invitations: invitationsEn,
  privacy: privacyEn,
  attachments: attachmentsEn,
  notifications: notificationsEn,
  campaignOrigin: campaignOriginEn,
  pipeline: pipelineEn,
  nomination: nominationEn,
};

export default screensEn;
