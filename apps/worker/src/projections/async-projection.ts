import { Injectable } from '@nestjs/common';
import type { EventJobData } from '@app/queue';

/** A read model fed from the events queue after commit; it must be idempotent, since delivery is at least once. */
export interface AsyncProjection {
  readonly name: string;
  project(event: EventJobData): Promise<void>;
}

@Injectable()
export class AsyncProjectionRegistry {
  private readonly projections: AsyncProjection[] = [];

  register(projection: AsyncProjection): void {
    this.projections.push(projection);
  }

  async project(event: EventJobData): Promise<void> {
    for (const p of this.projections) await p.project(event);
  }
}
