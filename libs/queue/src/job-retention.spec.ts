import { BALLOT_BATCH_RETENTION, jobOptionsFor } from './job-retention';
import { QueueName } from './queue-names';

const retention = { QUEUE_KEEP_COMPLETED: 100, QUEUE_KEEP_COMPLETED_SECONDS: 60, QUEUE_KEEP_FAILED: 1000, QUEUE_KEEP_FAILED_SECONDS: 604800 };

describe('how long each queue keeps finished jobs', () => {
  it.each([QueueName.Commands, QueueName.Events])('%s keeps completed and failed jobs bounded by count and age', (queue) => {
    expect(jobOptionsFor(queue, retention)).toMatchObject({
      attempts: 20,
      removeOnComplete: { age: 60, count: 100 },
      removeOnFail: { age: 604800, count: 1000 },
    });
  });

  it('a ballot batch leaves Redis when applied, and few failed ones stay', () => {
    expect(jobOptionsFor(QueueName.JuryBallots, retention)).toMatchObject({ attempts: 20, removeOnComplete: true, removeOnFail: { count: 50 } });
    expect(BALLOT_BATCH_RETENTION.removeOnComplete).toBe(true);
  });

  it('no queue keeps finished jobs without a bound', () => {
    for (const queue of Object.values(QueueName)) {
      const { removeOnComplete, removeOnFail } = jobOptionsFor(queue, retention);
      for (const keep of [removeOnComplete, removeOnFail]) {
        const bound = typeof keep === 'object' ? (keep as { count?: number; age?: number }) : undefined;
        expect(keep === true || (Number.isFinite(bound?.count) && Number.isFinite(bound?.age))).toBe(true);
      }
    }
  });
});
