/**
 * Where the api's CPU went during the ballot run: node dist/test/bench/ballot-path/profile-window.js <folder>
 * (the folder BENCH_CPU_PROF named). Reads each .cpuprofile and ballot-window.json, keeps the samples of the ballot
 * run, and prints self time by function and inclusive time by module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
}

const dir = path.resolve(process.argv[2] ?? '.');
const window = JSON.parse(readFileSync(path.join(dir, 'ballot-window.json'), 'utf8')) as { fromUs: number; toUs: number };
const where = (url: string) =>
  url.includes('node_modules/')
    ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : url.includes('/dist/')
      ? url.replace(/.*\/dist\//, '')
      : url || '(native)';

for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Sample times are on the machine's monotonic clock, like the window's.
  const from = window.fromUs;
  const to = window.toUs;
  let t = profile.endTime - profile.timeDeltas.reduce((a, b) => a + b, 0);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) return;
    total += dt;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') idle += dt;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame.url)}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const m = where(byId.get(cur)!.callFrame.url)
        .replace(/^((apps|libs)\/[^/]+\/src\/[^/]+).*/, '$1')
        .replace(/^node:.*/, 'node');
      if (!seen.has(m)) {
        seen.add(m);
        inclusive.set(m, (inclusive.get(m) ?? 0) + dt);
      }
    }
  });
  const busy = total - idle;
  const pct = (x: number) => `${((100 * x) / Math.max(1, busy)).toFixed(1).padStart(5)}%`;
  console.log(`\n== ${file}: ${(total / 1e6).toFixed(1)} s in the ballot run, busy ${(busy / 1e6).toFixed(1)} s (shares below are of busy time)`);
  for (const [k, v] of [...self]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20))
    console.log(`${pct(v)} self ${k}`);
  for (const [k, v] of [...inclusive]
    .filter(([k]) => k !== '(native)' && k !== 'node')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15))
    console.log(`${pct(v)} incl ${k}`);
}
