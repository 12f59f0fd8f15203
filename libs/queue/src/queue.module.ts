import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QueueName } from './queue-names';
import { CommandQueue } from './command-queue';
import { redisConnection } from './redis-connection';

/** Default retry policy for jobs: at-least-once delivery, with backoff while PostgreSQL or Redis are away. */
const defaultJobOptions = {
  attempts: 20,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        return { connection: redisConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX, defaultJobOptions };
      },
    }),
    BullModule.registerQueue({ name: QueueName.Commands }, { name: QueueName.Events }, { name: QueueName.JuryBallots }, { name: QueueName.Notifications }),
  ],
  providers: [CommandQueue],
  exports: [BullModule, CommandQueue],
})
export class QueueModule {}
