import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import IORedis from 'ioredis';
import { Client } from 'pg';

/**
 * Pins a whole bench — the bench process (its children, the apis, workers, load generators and any private Redis,
 * inherit its affinity when spawned), the machine's PostgreSQL (postmaster and every backend; new backends inherit
 * the postmaster's affinity) and the machine's redis-server — to the first k CPUs with `taskset`, so that 1 core and
 * 2 cores can be compared on one machine. Every affinity it changes is put back by `restore()`, which also runs on
 * exit, SIGINT and SIGTERM: PostgreSQL and Redis are shared with other work.
 */

/** `0-2,5` (the kernel's Cpus_allowed_list, taskset's -c form) → [0, 1, 2, 5]. */
export function parseCpuList(text: string): number[] {
  const cpus = new Set<number>();
  for (const part of text.trim().split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`Not a CPU list: "${text}" (expected e.g. 0-2,5)`);
    const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (to < from) throw new Error(`Not a CPU list: "${text}" (range ${part} runs backwards)`);
    for (let cpu = from; cpu <= to; cpu += 1) cpus.add(cpu);
  }
  return [...cpus].sort((a, b) => a - b);
}

/** [0, 1, 2, 5] → `0-2,5`. */
export function formatCpuList(cpus: readonly number[]): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * `--cores 1,2`: whole core counts, each from 1 to the CPUs this process may use, in the order given; a count may come
 * again (`1,2,1,2` interleaves the runs, so that a machine's other load falls on both alike).
 */
export function parseCoreCounts(text: string, available: number, flag = '--cores'): number[] {
  const counts = text.split(',').map((s) => s.trim());
  const bad = counts.find((s) => !/^\d+$/.test(s) || Number(s) < 1 || Number(s) > available);
  if (bad !== undefined) throw new Error(`${flag} "${text}": "${bad}" is not a core count from 1 to ${available} (the CPUs this process may use)`);
  return counts.map(Number);
}

/** The CPUs a process may run on, as the kernel says (`Cpus_allowed_list` in /proc/<pid>/status); undefined once it is gone. */
export function allowedCpus(pid: number): string | undefined {
  try {
    return /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const ppid = /^PPid:\s*(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return ppid ? Number(ppid) : undefined;
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there is none
  }
}

/** Sets the affinity of every thread of `pid` (`taskset -a`). */
function setAffinity(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-c', '-p', cpus, String(pid)], { stdio: 'pipe' });
}

/** The machine's PostgreSQL postmaster (the parent of our own backend) and redis-server, when they run on this machine. */
export async function findServerPids(databaseUrl: string, redisUrl: string): Promise<{ postmaster?: number; redis?: number; notes: string[] }> {
  const notes: string[] = [];
  let postmaster: number | undefined;
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const backend = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    postmaster = parentOf(backend);
    if (!postmaster) notes.push(`PostgreSQL (backend ${backend}) is not in this machine's process table: not pinned`);
  } catch (err) {
    notes.push(`PostgreSQL not found (${(err as Error).message}): not pinned`);
  } finally {
    await client.end().catch(() => undefined);
  }
  let redis: number | undefined;
  const connection = new IORedis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await connection.connect();
    const pid = Number(/process_id:(\d+)/.exec(await connection.info('server'))?.[1]);
    if (pid && allowedCpus(pid) !== undefined) redis = pid;
    else notes.push(`redis-server (process ${pid}) is not in this machine's process table: not pinned`);
  } catch (err) {
    notes.push(`Redis not found (${(err as Error).message}): not pinned`);
  } finally {
    connection.disconnect();
  }
  return { postmaster, redis, notes };
}

export class CpuPinning {
  /** Every process whose affinity we changed, with the affinity it had. */
  private readonly original = new Map<number, string>();
  private postmaster?: number;
  private readonly restoreOnExit = () => this.restore();
  private readonly restoreOnSignal = (signal: NodeJS.Signals) => {
    this.restore();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };

  constructor() {
    process.on('exit', this.restoreOnExit);
    process.on('SIGINT', this.restoreOnSignal);
    process.on('SIGTERM', this.restoreOnSignal);
  }

  /**
   * Pins this process and the servers to `cpus`. Returns what was pinned, or why nothing was (taskset missing or not
   * permitted: the caller measures unpinned and says so). Pinning the servers is best effort, each failure a note.
   */
  pin(cpus: string, servers: { postmaster?: number; redis?: number }): { pinned: boolean; notes: string[] } {
    const notes: string[] = [];
    try {
      this.pinOne(process.pid, cpus);
    } catch (err) {
      return { pinned: false, notes: [`taskset failed on the bench itself (${firstLine(err)}): not pinned`] };
    }
    if (servers.postmaster) {
      this.postmaster = servers.postmaster;
      // The postmaster first: a backend it forks from now on is born pinned.
      for (const pid of [servers.postmaster, ...childrenOf(servers.postmaster)]) {
        try {
          this.pinOne(pid, cpus);
        } catch (err) {
          if (pid === servers.postmaster) notes.push(`PostgreSQL postmaster ${pid} not pinned (${firstLine(err)})`);
        }
      }
    }
    if (servers.redis) {
      try {
        this.pinOne(servers.redis, cpus);
      } catch (err) {
        notes.push(`redis-server ${servers.redis} not pinned (${firstLine(err)})`);
      }
    }
    return { pinned: true, notes };
  }

  /** Puts back every affinity changed, including PostgreSQL backends forked while pinned (they get the postmaster's). */
  restore(): void {
    const postmaster = this.postmaster;
    if (postmaster && this.original.has(postmaster)) {
      const theirs = this.original.get(postmaster)!;
      this.restoreOne(postmaster, theirs);
      for (const pid of childrenOf(postmaster)) this.restoreOne(pid, this.original.get(pid) ?? theirs);
    }
    for (const [pid, cpus] of [...this.original]) this.restoreOne(pid, cpus);
    this.original.clear();
    this.postmaster = undefined;
  }

  /** Restores and stops listening for exit and signals. */
  dispose(): void {
    this.restore();
    process.removeListener('exit', this.restoreOnExit);
    process.removeListener('SIGINT', this.restoreOnSignal);
    process.removeListener('SIGTERM', this.restoreOnSignal);
  }

  private pinOne(pid: number, cpus: string): void {
    const before = allowedCpus(pid);
    if (before === undefined) return; // gone meanwhile
    setAffinity(pid, cpus);
    if (!this.original.has(pid)) this.original.set(pid, before);
  }

  private restoreOne(pid: number, cpus: string): void {
    this.original.delete(pid);
    if (allowedCpus(pid) === undefined) return; // ended meanwhile
    try {
      setAffinity(pid, cpus);
    } catch (err) {
      if (allowedCpus(pid) !== undefined) console.error(`[cpu-pinning] could not restore process ${pid} to CPUs ${cpus}: ${firstLine(err)}`);
    }
  }
}

function firstLine(err: unknown): string {
  const e = err as { stderr?: Buffer | string; message?: string };
  return (e.stderr?.toString().trim() || e.message || String(err)).split('\n')[0];
}
