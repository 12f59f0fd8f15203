import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';

/**
 * Runs a bench's main and exits with its verdict: 0 when every check it makes held (nothing lost, figures agree),
 * 1 when one failed or it threw. The figures themselves never fail a bench; they are printed.
 */
export function runBench(main: () => Promise<boolean>): void {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}

/** Starts bare-server.js in its own process; `url` is its origin. Kill `child` when done. */
export async function startBareServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'bare-server.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /listening on (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', () => reject(new Error('bare server exited')));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}
