import { DEFAULT_FAULT_RUN, type FaultReport, formatFaultReport, runFaultScenario } from '../faults/fault-scenario';

/**
 * The scripted fault run at CI size (npm run faults runs it bigger): the worker killed with -9 twice, Redis
 * killed and back EMPTY, PostgreSQL crashed and recovered — all while commands and ballots flow through the
 * real api. It runs on private PostgreSQL and Redis servers started for it, never the machine's own.
 */
describe('faults while commands and ballots flow', () => {
  let report: FaultReport;

  beforeAll(async () => {
    report = await runFaultScenario({ ...DEFAULT_FAULT_RUN, log: () => undefined });
    console.log(formatFaultReport(report));
  }, 300_000);

  it('strikes every fault while traffic flows', () => {
    expect(report.faults).toHaveLength(4);
    expect(report.faultsDuringTraffic).toBe(4);
  });

  it('applies every accepted command exactly once', () => {
    expect(report.commands).toMatchObject({
      sent: DEFAULT_FAULT_RUN.commands,
      accepted: DEFAULT_FAULT_RUN.commands,
      applied: DEFAULT_FAULT_RUN.commands,
      lost: 0,
      doubled: 0,
      refused: 0,
    });
  });

  it('counts every accepted ballot exactly once, and the tally equals the reference count', () => {
    expect(report.ballots).toMatchObject({
      sent: DEFAULT_FAULT_RUN.ballots,
      accepted: DEFAULT_FAULT_RUN.ballots,
      applied: DEFAULT_FAULT_RUN.ballots,
      lost: 0,
      doubled: 0,
      refused: 0,
    });
    expect(report.tallyMismatches).toEqual([]);
    expect(report.tallyMatchesReference).toBe(true);
    expect(report.jurorsCounted).toBe(DEFAULT_FAULT_RUN.jurors);
  });

  it('projects every event to the audit log and keeps the hash chain intact', () => {
    expect(report.events).toBeGreaterThan(DEFAULT_FAULT_RUN.commands);
    expect(report.eventsInAuditLog).toBe(report.events);
    expect(report.hashChainVerified).toBe(true);
  });
});
