import { readFileSync } from 'node:fs';

/** Resident and peak memory (VmRSS, VmHWM) of a process, from /proc. */
export function memory(pid: number | undefined): { rssMb: number; peakMb: number } {
  if (!pid) return { rssMb: 0, peakMb: 0 };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: 0, peakMb: 0 };
  }
}

/**
 * CPU seconds (user + system) a process has used so far; `withReapedChildren` adds those of its children that have
 * ended and been waited for (cutime + cstime) — for the bench itself: the apis, workers and load generators it stopped.
 */
export function cpuSeconds(pid: number | undefined, withReapedChildren = false): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (withReapedChildren ? own + Number(fields[13]) + Number(fields[14]) : own) / 100;
  } catch {
    return 0;
  }
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The q-quantile (0–1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
