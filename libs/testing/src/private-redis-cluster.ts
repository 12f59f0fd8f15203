import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether a loopback port is free to listen on. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port whose cluster-bus port (port + 10000) is free too. */
async function clusterPort(taken: Set<number>): Promise<number> {
  for (let tries = 0; tries < 200; tries += 1) {
    const port = 20000 + Math.floor(Math.random() * 30000);
    if (taken.has(port) || taken.has(port + 10000)) continue;
    if ((await portIsFree(port)) && (await portIsFree(port + 10000))) return port;
  }
  throw new Error('No free port pair for a Redis Cluster node');
}

/**
 * A real Redis Cluster of the test's (or the bench's) own: `masters` local `redis-server --cluster-enabled yes`
 * processes in a temporary folder, joined by `redis-cli --cluster create`, nothing kept on disk. Needs redis-server
 * and redis-cli on the PATH (Debian's redis-server package has both).
 */
export class PrivateRedisCluster {
  private constructor(
    readonly ports: readonly number[],
    private readonly children: ChildProcess[],
    private readonly dir: string,
  ) {}

  /** The seed nodes, as REDIS_CLUSTER_NODES takes them. */
  get nodes(): string {
    return this.ports.map((port) => `127.0.0.1:${port}`).join(',');
  }

  static async start(masters = 3): Promise<PrivateRedisCluster> {
    const dir = mkdtempSync(path.join(tmpdir(), 'os-redis-cluster-'));
    const taken = new Set<number>();
    const ports: number[] = [];
    for (let i = 0; i < masters; i += 1) {
      const port = await clusterPort(taken);
      taken.add(port).add(port + 10000);
      ports.push(port);
    }
    const children: ChildProcess[] = [];
    const cluster = new PrivateRedisCluster(ports, children, dir);
    try {
      await Promise.all(ports.map((port) => cluster.startNode(port)));
      await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { timeout: 30_000 });
      await cluster.waitUntilServing();
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  private startNode(port: number): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        '--cluster-node-timeout',
        '5000',
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.children.push(child);
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    return new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server on ${port} did not start:\n${output}`)), 10_000);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`A Redis Cluster needs redis-server on the PATH: ${err.message}`));
      });
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }

  /** Every node says the cluster is ok (all 16,384 slots served) before anything connects. */
  private async waitUntilServing(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const states = await Promise.all(this.ports.map(async (port) => (await run('redis-cli', ['-p', String(port), 'cluster', 'info'])).stdout));
      if (states.every((info) => /cluster_state:ok/.test(info) && /cluster_slots_assigned:16384/.test(info))) return;
      if (Date.now() > deadline) throw new Error(`The Redis Cluster did not come up:\n${states.join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** `INFO memory` used_memory of every node, added up (bytes). */
  async usedMemory(): Promise<number> {
    let total = 0;
    for (const port of this.ports) total += Number(/used_memory:(\d+)/.exec((await run('redis-cli', ['-p', String(port), 'info', 'memory'])).stdout)?.[1] ?? 0);
    return total;
  }

  /** Keys on every node, added up. */
  async keyCount(): Promise<number> {
    let total = 0;
    for (const port of this.ports) total += Number((await run('redis-cli', ['-p', String(port), 'dbsize'])).stdout.trim());
    return total;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The cluster's seed nodes as ioredis takes them. */
export function clusterNodesOf(cluster: PrivateRedisCluster): { host: string; port: number }[] {
  return cluster.ports.map((port) => ({ host: '127.0.0.1', port }));
}
