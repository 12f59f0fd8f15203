// e2e tests start real processes and wait for queues: give them time, but never forever.
jest.setTimeout(120_000);
