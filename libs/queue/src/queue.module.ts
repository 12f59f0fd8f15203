import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QueueName } from './queue-names';
import { CommandQueue } from './command-queue';
import { jobOptionsFor, QUEUE_EVENTS_KEPT } from './job-retention';
import { queueConnection } from './redis-connection';

/** At-least-once delivery with backoff while PostgreSQL or Redis are away; finished jobs trimmed (job-retention.ts). */
const QUEUES = [QueueName.Commands, QueueName.Events, QueueName.JuryBallots, QueueName.PersonalData, QueueName.Notifications];

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // The defaults also hold for a queue another module registers again under its own name.
        const defaultJobOptions = jobOptionsFor(QueueName.Commands, config);
        return { connection: queueConnection(config), prefix: config.QUEUE_PREFIX, streams: { events: { maxLen: QUEUE_EVENTS_KEPT } }, defaultJobOptions };
      },
    }),
    ...QUEUES.map((name) =>
      BullModule.registerQueueAsync({
        name,
        inject: [AppConfig],
        useFactory: (config: AppConfig) => ({ defaultJobOptions: jobOptionsFor(name, config) }),
      }),
    ),
  ],
  providers: [CommandQueue],
  exports: [BullModule, CommandQueue],
})
export class QueueModule {}
