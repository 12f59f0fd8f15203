/**
 * The bench's load generator, run as its own process so that it does not share an event loop with anything it
 * measures: fires ballots over HTTP/1.1 keep-alive (loopback only), `connections` requests in flight at once,
 * until `count` are sent or `maxSeconds` pass. Writes what happened to the output file given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';

export interface LoadConfig {
  readonly url: string;
  readonly count: number;
  readonly connections: number;
  readonly maxSeconds: number;
  /** Ballot tokens, one per juror; omitted for the bare-HTTP baseline. */
  readonly tokens?: string[];
  readonly candidacyIds: string[];
  /** Record each accepted ballot (juror index, seq, ballot id) for the bench's exactly-once check. */
  readonly record: boolean;
}

export interface LoadResult {
  readonly sent: number;
  readonly accepted: number;
  readonly statuses: Record<string, number>;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** [juror index, seq, ballot id] per accepted ballot, when recorded. */
  readonly acceptedBallots: [number, string, string][];
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function runLoad(config: LoadConfig): Promise<LoadResult> {
  const url = new URL(config.url);
  if (!['127.0.0.1', 'localhost', '::1'].includes(url.hostname)) throw new Error('The bench only fires at loopback.');
  const agent = new http.Agent({ keepAlive: true, maxSockets: config.connections });
  const latencies = new Float64Array(config.count);
  const statuses: Record<string, number> = {};
  const acceptedBallots: [number, string, string][] = [];
  const jurors = config.tokens?.length ?? 1;
  let next = 0;
  let done = 0;
  let accepted = 0;
  const startedAt = Date.now();
  const deadline = startedAt + config.maxSeconds * 1000;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };

  const send = (i: number): Promise<void> =>
    new Promise((resolve) => {
      const j = i % jurors;
      const body = JSON.stringify({ scores: config.candidacyIds.map((candidacyId) => ({ candidacyId, score: random() % 101 })) });
      const t0 = process.hrtime.bigint();
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(config.tokens ? { 'x-ballot-token': config.tokens[j] } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies[done] = Number(process.hrtime.bigint() - t0) / 1e6;
            done += 1;
            const status = res.statusCode ?? 0;
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status === 202) {
              accepted += 1;
              if (config.record) {
                const parsed = JSON.parse(Buffer.concat(chunks).toString());
                acceptedBallots.push([j, parsed.seq, parsed.ballotId]);
              }
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        latencies[done] = Number(process.hrtime.bigint() - t0) / 1e6;
        done += 1;
        statuses.error = (statuses.error ?? 0) + 1;
        resolve();
      });
      req.end(body);
    });

  const lane = async () => {
    while (next < config.count && Date.now() < deadline) await send(next++);
  };
  await Promise.all(Array.from({ length: config.connections }, lane));
  const endedAt = Date.now();
  agent.destroy();
  const sorted = latencies.slice(0, done).sort();
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return {
    sent: done,
    accepted,
    statuses,
    startedAt,
    endedAt,
    latencyMs: { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? 0, mean },
    acceptedBallots,
  };
}

if (require.main === module) {
  const [configFile, outputFile] = process.argv.slice(2);
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as LoadConfig;
  runLoad(config)
    .then((result) => {
      writeFileSync(outputFile, JSON.stringify(result));
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
