/**
 * npm run faults — the scripted fault run on this machine (its own PostgreSQL and Redis servers, so the machine's
 * are never touched): prints what was sent, accepted, applied, lost and doubled. Exit code 1 if anything was lost
 * or doubled, or the tally differs from the reference count.
 * Sizes (environment): FAULT_COMMANDS, FAULT_BALLOTS, FAULT_JURORS, FAULT_CONCURRENCY, FAULT_PACE_MS.
 */
import { DEFAULT_FAULT_RUN, formatFaultReport, runFaultScenario } from './fault-scenario';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<void> {
  const report = await runFaultScenario({
    ...DEFAULT_FAULT_RUN,
    commands: env('FAULT_COMMANDS', 400),
    ballots: env('FAULT_BALLOTS', 6000),
    jurors: env('FAULT_JURORS', 300),
    concurrency: env('FAULT_CONCURRENCY', 8),
    paceMs: env('FAULT_PACE_MS', DEFAULT_FAULT_RUN.paceMs),
    log: (line) => console.log(`[faults] ${line}`),
  });
  console.log(`\n${formatFaultReport(report)}`);
  const ok =
    report.commands.lost === 0 &&
    report.commands.doubled === 0 &&
    report.ballots.lost === 0 &&
    report.ballots.doubled === 0 &&
    report.commands.applied === report.commands.accepted &&
    report.ballots.applied === report.ballots.accepted &&
    report.tallyMatchesReference &&
    report.hashChainVerified &&
    report.events === report.eventsInAuditLog;
  console.log(ok ? '\nfault run: PASSED' : '\nfault run: FAILED');
  process.exit(ok ? 0 : 1);
}

main().catch((err: Error) => {
  console.error(`fault run failed to complete: ${err.stack ?? err.message}`);
  process.exit(1);
});
