import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@app/queue';
import { ImportJurorsHandler } from './application/commands/import-jurors/import-jurors.handler';
import { RecordJuryPaperCountHandler } from './application/commands/record-jury-paper-count/record-jury-paper-count.handler';
import { RecordJuryResultHandler } from './application/commands/record-jury-result/record-jury-result.handler';
import { RegisterJurorHandler } from './application/commands/register-juror/register-juror.handler';
import { ReissueJurorCredentialHandler } from './application/commands/reissue-juror-credential/reissue-juror-credential.handler';
import { RevokeJurorCredentialHandler } from './application/commands/revoke-juror-credential/revoke-juror-credential.handler';
import {
  CheckJurorEntriesHandler,
  CheckReceiptHandler,
  GetBallotPaperHandler,
  GetJuryProgressHandler,
  GetJuryTallyHandler,
  ListJurorsHandler,
  ListReceiptsHandler,
} from './application/queries/jury.query-handlers';
import { JuryCredentials } from './credentials/jury-credentials';
import { BallotBatchWriter } from './ingestion/ballot-batch-writer';
import { BallotIngestor } from './ingestion/ballot-ingestor';
import { BallotIntake } from './ingestion/ballot-intake';
import { BallotRateLimiter } from './ingestion/ballot-rate-limiter';
import { CredentialExchange } from './ingestion/credential-exchange';
import { JurySnapshotCache } from './ingestion/jury-snapshot-cache';
import { JurorOrmEntity } from './infrastructure/juror.orm-entity';
import { JuryProjector } from './infrastructure/jury.projector';
import { JuryStore } from './infrastructure/jury-store';

/** The write side, for the worker: roster commands, the in-transaction projector, and the ballot batch writer. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([JurorOrmEntity]), BullModule.registerQueue({ name: QueueName.JuryBallots })],
  providers: [
    RegisterJurorHandler,
    ImportJurorsHandler,
    RevokeJurorCredentialHandler,
    ReissueJurorCredentialHandler,
    RecordJuryPaperCountHandler,
    RecordJuryResultHandler,
    JuryProjector,
    JuryStore,
    JuryCredentials,
    BallotBatchWriter,
  ],
  exports: [BallotBatchWriter],
})
export class JuryCommandsModule {}

/** The read side and the ballot intake, for the api: queries, code exchange, the snapshot cache and the batcher. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([JurorOrmEntity]), BullModule.registerQueue({ name: QueueName.JuryBallots })],
  providers: [
    ListJurorsHandler,
    CheckJurorEntriesHandler,
    GetBallotPaperHandler,
    GetJuryProgressHandler,
    GetJuryTallyHandler,
    ListReceiptsHandler,
    CheckReceiptHandler,
    JuryStore,
    JuryCredentials,
    CredentialExchange,
    JurySnapshotCache,
    BallotIngestor,
    BallotRateLimiter,
    BallotIntake,
  ],
  exports: [JuryCredentials, CredentialExchange, JurySnapshotCache, BallotIngestor, BallotRateLimiter, BallotIntake, JuryStore],
})
export class JuryQueriesModule {}
