import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SetCongressElectionRulesHandler } from './application/commands/set-congress-election-rules/set-congress-election-rules.handler';
import { RegisterCongressDelegatesHandler } from './application/commands/register-congress-delegates/register-congress-delegates.handler';
import { CancelCongressCheckInHandler } from './application/commands/cancel-congress-check-in/cancel-congress-check-in.handler';
import { CheckInCongressDelegatesHandler } from './application/commands/check-in-congress-delegates/check-in-congress-delegates.handler';
import { OpenCongressRoundHandler } from './application/commands/open-congress-round/open-congress-round.handler';
import { IssueCongressCredentialsHandler } from './application/commands/issue-congress-credentials/issue-congress-credentials.handler';
import { CastCongressBallotHandler } from './application/commands/cast-congress-ballot/cast-congress-ballot.handler';
import { RecordCongressPaperCountHandler } from './application/commands/record-congress-paper-count/record-congress-paper-count.handler';
import { CloseCongressRoundHandler } from './application/commands/close-congress-round/close-congress-round.handler';
import { OpenQuotaFurtherRoundHandler } from './application/commands/open-quota-further-round/open-quota-further-round.handler';
import { ELECTION_QUERY_HANDLERS } from './application/queries/election-query.handlers';
import { ElectionReader } from './application/queries/election-reader';
import { DelegateCodes } from './credentials/delegate-codes';
import { ELECTION_ENTITIES } from './infrastructure/election.orm-entities';
import { ElectionProjector } from './infrastructure/election.projector';

/** The write side, for the worker: command handlers and the in-transaction projector. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature(ELECTION_ENTITIES)],
  providers: [
    SetCongressElectionRulesHandler,
    RegisterCongressDelegatesHandler,
    CheckInCongressDelegatesHandler,
    CancelCongressCheckInHandler,
    OpenCongressRoundHandler,
    IssueCongressCredentialsHandler,
    CastCongressBallotHandler,
    RecordCongressPaperCountHandler,
    CloseCongressRoundHandler,
    OpenQuotaFurtherRoundHandler,
    ElectionProjector,
  ],
})
export class ElectionCommandsModule {}

/** The read side, for the api, with the delegate codes (made and hashed in the api only). */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature(ELECTION_ENTITIES)],
  providers: [ElectionReader, DelegateCodes, ...ELECTION_QUERY_HANDLERS],
  exports: [DelegateCodes],
})
export class ElectionQueriesModule {}
