import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CongressElectionEvent } from '@app/domain';
import { type InTransactionProjector, ProjectionRegistry, type StoredEvent } from '@app/database';
import { type EntityManager, In } from 'typeorm';
import {
  ElectionBallotBoxOrmEntity,
  ElectionBallotOrmEntity,
  ElectionCompletionOrmEntity,
  ElectionCredentialOrmEntity,
  ElectionDelegateOrmEntity,
  ElectionPositionOrmEntity,
  ElectionRoundOrmEntity,
} from './election.orm-entities';

const CHUNK = 1000;

const chunks = <T>(list: readonly T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/** Keeps the election read models in the transaction that appends the events. */
@Injectable()
export class ElectionProjector implements InTransactionProjector, OnModuleInit {
  readonly name = 'election';

  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async project(m: EntityManager, stored: StoredEvent): Promise<void> {
    const event = { type: stored.type, payload: stored.payload } as CongressElectionEvent;
    const rounds = m.getRepository(ElectionRoundOrmEntity);
    switch (event.type) {
      case 'CongressDelegatesRegistered': {
        const { campaignId, delegates } = event.payload;
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM election_delegates WHERE campaign_id = $1`, [campaignId]);
        const rows = delegates.map((d, i) => ({ campaignId, delegateId: d.delegateId, name: d.name, ordinal: n + i + 1, checkedInAt: null }));
        for (const part of chunks(rows)) await m.getRepository(ElectionDelegateOrmEntity).insert(part);
        return;
      }
      case 'CongressDelegateCheckedIn':
        await m
          .getRepository(ElectionDelegateOrmEntity)
          .update({ campaignId: event.payload.campaignId, delegateId: event.payload.delegateId }, { checkedInAt: stored.occurredAt });
        return;
      case 'CongressDelegateCheckInCancelled':
        await m
          .getRepository(ElectionDelegateOrmEntity)
          .update({ campaignId: event.payload.campaignId, delegateId: event.payload.delegateId }, { checkedInAt: null });
        return;
      case 'CongressRoundOpened': {
        const { campaignId: _c, ...p } = event.payload;
        await rounds.insert({
          ...p,
          campaignId: event.payload.campaignId,
          status: 'open',
          credentialsIssued: 0,
          ballotsCast: 0,
          paperCount: null,
          outcome: null,
          openedAt: stored.occurredAt,
          closedAt: null,
        });
        return;
      }
      case 'CongressCredentialsIssued': {
        const { campaignId, roundId, codeHashes } = event.payload;
        const credentials = m.getRepository(ElectionCredentialOrmEntity);
        await credentials.delete({ campaignId, roundId });
        for (const part of chunks(codeHashes)) await credentials.insert(part.map((codeHash) => ({ campaignId, roundId, codeHash, used: false })));
        await rounds.update({ roundId }, { credentialsIssued: codeHashes.length });
        return;
      }
      case 'CongressCredentialUsed':
        await m.getRepository(ElectionCredentialOrmEntity).update({ campaignId: event.payload.campaignId, codeHash: event.payload.codeHash }, { used: true });
        return;
      case 'CongressBallotCast': {
        const { campaignId, roundId, marks, writeIns } = event.payload;
        await m.getRepository(ElectionBallotOrmEntity).insert({ ballotId: randomUUID(), campaignId, roundId, marks, writeIns });
        await m.query(`UPDATE election_rounds SET ballots_cast = ballots_cast + 1 WHERE round_id = $1`, [roundId]);
        return;
      }
      case 'CongressBallotBoxOpened': {
        const { campaignId, roundId, ballots, usedCodeHashes } = event.payload;
        await m.getRepository(ElectionBallotBoxOrmEntity).delete({ roundId });
        const rows = ballots.map((b) => ({ ballotId: randomUUID(), campaignId, roundId, marks: b.marks, writeIns: b.writeIns, receipt: b.receipt }));
        for (const part of chunks(rows)) await m.getRepository(ElectionBallotOrmEntity).insert(part);
        for (const part of chunks(usedCodeHashes))
          await m.getRepository(ElectionCredentialOrmEntity).update({ campaignId, codeHash: In(part) }, { used: true });
        await m.query(`UPDATE election_rounds SET ballots_cast = (SELECT count(*) FROM election_ballots WHERE round_id = $1) WHERE round_id = $1`, [roundId]);
        return;
      }
      case 'CongressPaperCountRecorded':
        await rounds.update({ roundId: event.payload.roundId }, { paperCount: event.payload.count });
        return;
      case 'CongressRoundClosed': {
        const { campaignId: _c, ...outcome } = event.payload;
        await rounds.update({ roundId: outcome.roundId }, { status: 'closed', outcome, closedAt: stored.occurredAt });
        return;
      }
      case 'CongressPositionFilled':
        await m.getRepository(ElectionPositionOrmEntity).insert({
          campaignId: event.payload.campaignId,
          positionKey: event.payload.positionKey,
          candidacyIds: event.payload.candidacyIds,
          filledAt: stored.occurredAt,
        });
        return;
      case 'ElectionCompleted':
        await m
          .getRepository(ElectionCompletionOrmEntity)
          .insert({ campaignId: event.payload.campaignId, elected: event.payload.elected, completedAt: stored.occurredAt });
        return;
      case 'QuotaFurtherRoundOpened':
        // The vacated seats are open again: the position is no longer filled nor the election complete.
        await m.getRepository(ElectionCompletionOrmEntity).delete({ campaignId: event.payload.campaignId });
        await m.getRepository(ElectionPositionOrmEntity).delete({ campaignId: event.payload.campaignId, positionKey: event.payload.positionKey });
        return;
      default:
        return;
    }
  }
}
