import { seedDemoCampaign } from './seed-demo-campaign';

/** `npm run demo:seed [-- http://localhost:3000]`: loads the demo campaign into a running api. */
async function main(): Promise<void> {
  const baseUrl = process.argv[2] ?? process.env.API_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  console.log(`Loading the demo campaign into ${baseUrl} …\n`);
  const { campaignId, organiserToken } = await seedDemoCampaign(baseUrl);
  console.log(`\nWhere to look:
  API docs (Swagger)   ${baseUrl}/api/docs
  Web UI               ${baseUrl}/app/   (development sign-in with the role 组织方 / organiser: every stage of this campaign)
  Public result page   ${baseUrl}/app/public/results/${campaignId}
  Public notice (公示)  ${baseUrl}/public/campaigns/${campaignId}/notice   (PDF: …/notice.pdf, CSV: …/results.csv)
  The campaign         ${baseUrl}/campaigns/${campaignId}
  Its event log        ${baseUrl}/campaigns/${campaignId}/events
  Organiser token      ${organiserToken}
                       (curl -H "Authorization: Bearer <token>" ${baseUrl}/campaigns/${campaignId}/candidacies)`);
}

main().catch((err: Error) => {
  console.error(`\nThe demo could not be loaded: ${err.message}`);
  process.exit(1);
});
