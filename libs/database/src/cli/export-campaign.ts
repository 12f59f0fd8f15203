import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions } from '../data-source-options';
import { exportCampaignLog } from '../event-store/export-campaign-log';

/** `npm run export -- <campaignId> [file]`: writes the campaign's full event log as JSON (to stdout without a file). */
async function main(): Promise<void> {
  const [campaignId, file] = process.argv.slice(2);
  if (!campaignId) throw new Error('usage: npm run export -- <campaignId> [file.json]');
  const ds = new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
  await ds.initialize();
  try {
    const log = await exportCampaignLog(ds.manager, campaignId);
    if (log.events.length === 0) throw new Error(`campaign ${campaignId} has no events`);
    const json = JSON.stringify(log, null, 1);
    if (file) {
      writeFileSync(file, json);
      console.error(`Wrote ${log.events.length} events of campaign ${campaignId} to ${file}`);
    } else process.stdout.write(json + '\n');
  } finally {
    await ds.destroy();
  }
}

main().catch((err: Error) => {
  console.error(`Export failed: ${err.message}`);
  process.exit(1);
});
