/**
 * The zone a campaign's calendar is kept in: the publicity period counts its working days there (see
 * working-days.ts, UTC+8) and refusals that name an instant say it in this zone. Campaigns are run by Chinese
 * federations; no configuration chooses another zone yet.
 */
export const CAMPAIGN_TIME_ZONE = 'Asia/Shanghai';
