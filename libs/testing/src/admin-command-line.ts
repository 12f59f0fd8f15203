import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type { Stack } from './process-stack';

const ROOT = path.resolve(__dirname, path.basename(path.resolve(__dirname, '../../..')) === 'dist' ? '../../../..' : '../../..');

export interface AdminRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run admin -- …` (the built CLI, apps/admin) against a test stack's database and Redis, with `stdin` piped in. */
export function runAdmin(stack: Stack, args: readonly string[], stdin = ''): Promise<AdminRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['-r', path.join(ROOT, 'scripts/register-paths.js'), path.join(ROOT, 'dist/apps/admin/src/main.js'), ...args],
      { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: stack.database.url, REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: stack.queuePrefix, LOG_LEVEL: 'warn' } },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}
