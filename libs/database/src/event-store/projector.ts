import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StoredEvent } from './stored-event';

/**
 * A read model kept up to date inside the same transaction that appends the events, so that a client who
 * waited for her command reads her own write.
 */
export interface InTransactionProjector {
  readonly name: string;
  project(m: EntityManager, event: StoredEvent): Promise<void>;
}

@Injectable()
export class ProjectionRegistry {
  private readonly projectors: InTransactionProjector[] = [];

  register(projector: InTransactionProjector): void {
    this.projectors.push(projector);
  }

  async project(m: EntityManager, event: StoredEvent): Promise<void> {
    for (const projector of this.projectors) await projector.project(m, event);
  }
}
