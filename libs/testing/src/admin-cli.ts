import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type { Stack } from './process-stack';

const ROOT = path.resolve(__dirname, path.basename(path.resolve(__dirname, '../../..')) === 'dist' ? '../../../..' : '../../..');

/** Runs `npm run admin -- …` (the built CLI) against the test stack's database and Redis. */
export function runAdmin(stack: Stack, args: readonly string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['-r', path.join(ROOT, 'scripts/register-paths.js'), path.join(ROOT, 'dist/apps/admin/src/main.js'), ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: stack.database.url,
          REDIS_URL: 'redis://127.0.0.1:6379',
          QUEUE_PREFIX: stack.queuePrefix,
          LOG_LEVEL: 'warn',
        },
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

/** The token of the web UI link to `page` in a mail's text. */
export const linkToken = (text: string, page: string) => {
  const match = new RegExp(`/app/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no ${page} link in:\n${text}`);
  return match[1];
};
