import { readFileSync } from 'node:fs';
import { type CampaignLog, verifyCampaignLog } from '@app/domain';

/**
 * `npm run verify -- <export.json>`: checks an exported campaign log with the domain rules alone (no database,
 * no service): the hash chain and every recorded outcome recomputed. Exit code 0 only when everything holds.
 */
function main(): number {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run verify -- <export.json>');
    return 2;
  }
  let log: CampaignLog;
  try {
    log = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`✖ ${file} is not a readable JSON export: ${(err as Error).message}`);
    return 1;
  }
  const report = verifyCampaignLog(log);
  console.log(`Campaign ${report.campaignId}: ${report.events} events, hash chain checked, ${report.recomputed} recorded outcomes recomputed.`);
  for (const p of report.problems) console.log(`✖ event #${p.version ?? '?'} ${p.type ?? ''}: ${p.message}`);
  console.log(report.ok ? '✔ verified: every event and every recomputed number matches' : `✖ ${report.problems.length} problem(s) found`);
  return report.ok ? 0 : 1;
}

process.exit(main());
