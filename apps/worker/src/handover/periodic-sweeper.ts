import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/**
 * A sweep that runs every SWEEP_INTERVAL_MS, never two at once. A sweep that cannot reach PostgreSQL or Redis
 * logs and waits for the next turn: sweepers exist for exactly those outages.
 */
export abstract class PeriodicSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private sweeping = false;

  protected constructor(private readonly intervalMs: number) {}

  /** Re-queues what was lost; returns how many. */
  protected abstract sweepOnce(): Promise<number>;
  protected abstract describe(requeued: number): string;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      const requeued = await this.sweepOnce();
      if (requeued) this.logger.warn(this.describe(requeued));
      return requeued;
    } catch (err) {
      this.logger.warn(`Sweep skipped: ${(err as Error).message}`);
      return 0;
    } finally {
      this.sweeping = false;
    }
  }
}
