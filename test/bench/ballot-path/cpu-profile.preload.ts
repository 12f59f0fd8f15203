/**
 * Preloaded (NODE_OPTIONS=--require …) into the api and worker when BENCH_CPU_PROF names a folder: Node refuses
 * --cpu-prof in NODE_OPTIONS, so the profile is taken through the inspector and written when the process exits.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  let written = false;
  // The in-process session answers synchronously, so this completes inside a signal or 'exit' listener.
  const write = () => {
    if (written) return;
    written = true;
    session.post('Profiler.stop', (err, result) => {
      if (!err)
        writeFileSync(path.join(path.resolve(dir), `${path.basename(process.argv[1] ?? 'node')}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  // At the first SIGTERM (the stack's stop), before the application's own shutdown hooks end the process.
  process.prependOnceListener('SIGTERM', write);
  process.on('exit', write);
}
