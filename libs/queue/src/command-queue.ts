import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { CommandJobData } from './job-payloads';
import { QueueName } from './queue-names';

/** Puts commands on the commands queue; the command id is the job id, so a repeat while queued is a no-op. */
@Injectable()
export class CommandQueue {
  constructor(@InjectQueue(QueueName.Commands) readonly queue: Queue<CommandJobData>) {}

  async enqueue(type: string, commandId: string, jobIdSuffix = ''): Promise<void> {
    await this.queue.add(type, { commandId }, { jobId: commandId + jobIdSuffix });
  }
}
