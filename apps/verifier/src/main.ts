import { readFileSync } from 'node:fs';
import { type CampaignLog, verifyCampaignLog, verifyChildAdoptions } from '@app/domain';

const USAGE = 'usage: npm run verify -- <export.json> [--child <child-export.json> …]';

function readLog(file: string): CampaignLog | string {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return `✖ ${file} is not a readable JSON export: ${(err as Error).message}`;
  }
}

/** The campaign's log and its children's: `parent.json --child a.json --child b.json` (or `--child a.json b.json`). */
function parseArguments(args: readonly string[]): { parent: string; children: string[] } | null {
  const [parent, ...rest] = args;
  if (!parent || parent.startsWith('--')) return null;
  const children = rest.filter((a) => a !== '--child');
  if (rest.length > 0 && rest[0] !== '--child') return null;
  return { parent, children };
}

/**
 * `npm run verify -- <export.json>`: checks an exported campaign log with the domain rules alone (no database,
 * no service): the hash chain and every recorded outcome recomputed. With `--child` the logs of the child campaigns
 * it adopted finalists from: each is checked the same way, and each adoption against the child's certified result.
 * Exit code 0 only when everything holds.
 */
function main(): number {
  const parsed = parseArguments(process.argv.slice(2));
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const logs = [parsed.parent, ...parsed.children].map(readLog);
  const unreadable = logs.filter((l): l is string => typeof l === 'string');
  if (unreadable.length > 0) {
    unreadable.forEach((message) => console.error(message));
    return 1;
  }
  const [parent, ...children] = logs as CampaignLog[];
  let problems = 0;
  for (const log of [parent, ...children]) {
    const report = verifyCampaignLog(log);
    console.log(`Campaign ${report.campaignId}: ${report.events} events, hash chain checked, ${report.recomputed} recorded outcomes recomputed.`);
    for (const p of report.problems) console.log(`✖ event #${p.version ?? '?'} ${p.type ?? ''}: ${p.message}`);
    problems += report.problems.length;
  }
  const adoptions = verifyChildAdoptions(parent, children);
  if (adoptions.checked + adoptions.problems.length > 0) {
    console.log(`Campaign ${parent.campaignId}: ${adoptions.checked} adoption(s) of child finalists match the child logs.`);
  }
  for (const p of adoptions.problems) console.log(`✖ event #${p.version ?? '?'} ${p.type ?? ''}: ${p.message}`);
  problems += adoptions.problems.length;
  console.log(problems === 0 ? '✔ verified: every event and every recomputed number matches' : `✖ ${problems} problem(s) found`);
  return problems === 0 ? 0 : 1;
}

process.exit(main());
