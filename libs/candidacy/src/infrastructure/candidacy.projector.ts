import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CandidacyEvent } from '@app/domain';
import { type InTransactionProjector, ProjectionRegistry, type StoredEvent } from '@app/database';
import type { EntityManager } from 'typeorm';
import { CandidacyOrmEntity } from './candidacy.orm-entity';

@Injectable()
export class CandidacyProjector implements InTransactionProjector, OnModuleInit {
  readonly name = 'candidacies';

  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(m: EntityManager, stored: StoredEvent): Promise<void> {
    const event = { type: stored.type, payload: stored.payload } as CandidacyEvent;
    const repo = m.getRepository(CandidacyOrmEntity);
    const updatedAt = stored.occurredAt;
    switch (event.type) {
      case 'CandidacySubmitted': {
        const { candidacyId, campaignId, candidateId, details, proposal, submittedAt } = event.payload;
        const consent = event.payload.consent ?? null;
        await repo.insert({
          id: candidacyId,
          campaignId,
          candidateId,
          name: details.name,
          details,
          proposal,
          consent,
          nomination: event.payload.nomination ?? null,
          status: 'submitted',
          qualificationReason: null,
          submittedAt: new Date(submittedAt),
          updatedAt,
        });
        return;
      }
      case 'CandidacyEdited': {
        const { candidacyId, details, proposal, consent } = event.payload;
        await repo.update(candidacyId, { name: details.name, details, proposal, ...(consent ? { consent } : {}), updatedAt });
        return;
      }
      case 'CandidacyWithdrawn':
        await repo.update(event.payload.candidacyId, { status: 'withdrawn', updatedAt });
        return;
      case 'CandidacyQualificationDecided':
        await repo.update(event.payload.candidacyId, { status: event.payload.decision, qualificationReason: event.payload.reason, updatedAt });
        return;
    }
  }
}
