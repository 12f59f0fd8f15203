/**
 * Shared by the scale-out and Redis benches: a jury campaign ready for ballots, and ballots fired at one or more api
 * processes — one load-generator process per api (no load balancer: clients spread across the api ports), each
 * with its own jurors, so that no juror's ballots race each other across processes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Pool } from 'pg';
import { ApiClient, ballotToken, campaignInJuryStage, importJurors } from '@app/testing';
import type { LoadConfig, LoadResult } from './jury/load-generator';

const ROOT = path.resolve(__dirname, '../../..');

export interface BallotCampaign {
  readonly campaignId: string;
  readonly candidacyIds: string[];
  readonly tokens: string[];
}

/** A campaign in its jury stage with `jurors` jurors whose codes are exchanged for ballot tokens (spread over the apis). */
export async function ballotCampaign(baseUrls: readonly string[], jurors: number, candidates = 6, label = 'bench'): Promise<BallotCampaign> {
  const organiser = await ApiClient.login(baseUrls[0], ['organiser'], `${label}-organiser`);
  const campaign = await campaignInJuryStage(organiser, { candidates, title: `${label}: jury`, label });
  const codes: string[] = [];
  for (let done = 0; done < jurors; done += 5000)
    codes.push(...(await importJurors(organiser, campaign.campaignId, Math.min(5000, jurors - done), `${label}-${done}-`)).map((j) => j.code));
  const tokens: string[] = new Array(codes.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < codes.length) {
        const i = next++;
        tokens[i] = await ballotToken(baseUrls[i % baseUrls.length], codes[i]);
      }
    }),
  );
  return { campaignId: campaign.campaignId, candidacyIds: campaign.candidacyIds, tokens };
}

export interface BallotLoad {
  readonly sent: number;
  readonly accepted: number;
  readonly statuses: Record<string, number>;
  readonly startedAt: number;
  readonly endedAt: number;
  /** The worst p99 of the generators. */
  readonly p99Ms: number;
}

function runGenerator(config: LoadConfig, dir: string, name: string): Promise<LoadResult> {
  const configFile = path.join(dir, `${name}.config.json`);
  const outFile = path.join(dir, `${name}.result.json`);
  writeFileSync(configFile, JSON.stringify(config));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', path.join(ROOT, 'scripts/register-paths.js'), path.join(__dirname, 'jury/load-generator.js'), configFile, outFile],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(outFile, 'utf8'))) : reject(new Error(`load generator exited with ${code}`))));
  });
}

/** Fires `count` ballots at the apis (ballots, connections and jurors split evenly) and waits for every answer. */
export async function fireBallots(
  baseUrls: readonly string[],
  campaign: BallotCampaign,
  count: number,
  connections: number,
  maxSeconds: number,
): Promise<BallotLoad> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ballot-load-'));
  const n = baseUrls.length;
  const results = await Promise.all(
    baseUrls.map((url, k) =>
      runGenerator(
        {
          url: `${url}/jury/ballots`,
          count: Math.floor(count / n) + (k < count % n ? 1 : 0),
          connections: Math.max(1, Math.round(connections / n)),
          maxSeconds,
          tokens: campaign.tokens.filter((_, j) => j % n === k),
          candidacyIds: campaign.candidacyIds,
          record: false,
        },
        dir,
        `api-${k}`,
      ),
    ),
  );
  const statuses: Record<string, number> = {};
  for (const r of results) for (const [status, times] of Object.entries(r.statuses)) statuses[status] = (statuses[status] ?? 0) + times;
  return {
    sent: results.reduce((s, r) => s + r.sent, 0),
    accepted: results.reduce((s, r) => s + r.accepted, 0),
    statuses,
    startedAt: Math.min(...results.map((r) => r.startedAt)),
    endedAt: Math.max(...results.map((r) => r.endedAt)),
    p99Ms: Math.max(...results.map((r) => r.latencyMs.p99)),
  };
}

/** Waits until the campaign's accepted ballots are all written (jury_counters.processed); returns when (ms epoch). */
export async function ballotsApplied(pool: Pool, campaignId: string, accepted: number, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query(`SELECT coalesce(sum(processed), 0)::int AS processed FROM jury_counters WHERE campaign_id = $1`, [campaignId]);
    if (rows[0].processed >= accepted) return Date.now();
    if (Date.now() > deadline) throw new Error(`only ${rows[0].processed} of ${accepted} accepted ballots written after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every accepted ballot logged exactly once (jury_submissions) and every juror counted once. */
export async function ballotsExactlyOnce(pool: Pool, campaignId: string, accepted: number): Promise<{ logged: number; distinct: number; ok: boolean }> {
  const { rows } = await pool.query(`SELECT count(*)::int AS logged, count(DISTINCT ballot_id)::int AS distinct FROM jury_submissions WHERE campaign_id = $1`, [
    campaignId,
  ]);
  const { logged, distinct } = rows[0];
  return { logged, distinct, ok: logged === accepted && distinct === accepted };
}
