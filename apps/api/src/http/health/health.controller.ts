import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { Public } from '@app/auth';
import { QueueName } from '@app/queue';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(QueueName.Commands) private readonly commands: Queue,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('postgres', { timeout: 2000 }), () => this.redis()]);
  }

  private async redis(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('redis');
    try {
      // Commands wait for Redis forever by design; a health check must not, so it gives up after 2 s.
      const counts = await Promise.race([
        this.commands.getJobCounts('waiting', 'active', 'failed'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 2 s')), 2000).unref()),
      ]);
      return indicator.up({ commandsQueue: counts });
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
