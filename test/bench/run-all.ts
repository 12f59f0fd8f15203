/**
 * npm run bench — every benchmark, one after another, each in its own process (its own api + worker and
 * database), printing its figures: the jury's ballot path, the command path, Redis memory, scale-out.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BENCHES = [
  { name: 'jury ballots', file: 'jury/jury.bench.js' },
  { name: 'ballot path vs bare HTTP (wrk)', file: 'ballot-path/ballot-path.bench.js' },
  { name: 'commands', file: 'commands/commands.bench.js' },
  { name: 'redis memory', file: 'redis/redis-memory.bench.js' },
  { name: 'scale-out', file: 'scale/scale.bench.js' },
];

let failed = 0;
for (const bench of BENCHES) {
  console.log(`\n##### ${bench.name} #####`);
  const run = spawnSync(process.execPath, ['-r', path.join(ROOT, 'scripts/register-paths.js'), path.join(__dirname, bench.file)], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (run.status !== 0) {
    failed += 1;
    console.log(`##### ${bench.name}: FAILED (exit ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);
