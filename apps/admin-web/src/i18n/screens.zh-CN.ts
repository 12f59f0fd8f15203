import campaignOriginZhCN from './campaign-origin.zh-CN';
import electionZhCN from './election.zh-CN';
import invitationsZhCN from './invitations.zh-CN';
import privacyZhCN from './privacy.zh-CN';
import attachmentsZhCN from './attachments.zh-CN';
import notificationsZhCN from './notifications.zh-CN';
import juryAdminZhCN from './jury-admin.zh-CN';
import nominationZhCN from './nomination.zh-CN';
import organisationsZhCN from './organisations.zh-CN';
import resultsZhCN from './results.zh-CN';
import pipelineZhCN from './pipeline.zh-CN';

/**
 * Texts that only the signed-in and public-results screens show (results, the jury's administration, the
 * organiser's election tab): fetched with those screens (loadScreenTexts in index.ts), so a juror's or delegate's
 * phone never downloads them. Merged deep into the translation namespace over zh-CN.ts.
 */
const screensZhCN = {
  results: resultsZhCN,
  juryAdmin: juryAdminZhCN,
  election: electionZhCN,
  organisations: organisationsZhCN,
  invitations: invitationsZhCN,
  privacy: privacyZhCN,
  attachments: attachmentsZhCN,
  notifications: notificationsZhCN,
  campaignOrigin: campaignOriginZhCN,
  pipeline: pipelineZhCN,
  nomination: nominationZhCN,
};

export default screensZhCN;
export type ScreensMessages = typeof screensZhCN;
