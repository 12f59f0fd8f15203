import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SetCongressElectionRulesCommand } from './application/commands/set-congress-election-rules/set-congress-election-rules.command';
import { SetCongressElectionRulesHandler } from './application/commands/set-congress-election-rules/set-congress-election-rules.handler';
import { RegisterCongressDelegatesCommand } from './application/commands/register-congress-delegates/register-congress-delegates.command';
import { RegisterCongressDelegatesHandler } from './application/commands/register-congress-delegates/register-congress-delegates.handler';
import { CancelCongressCheckInCommand } from './application/commands/cancel-congress-check-in/cancel-congress-check-in.command';
import { CancelCongressCheckInHandler } from './application/commands/cancel-congress-check-in/cancel-congress-check-in.handler';
import { CheckInCongressDelegatesCommand } from './application/commands/check-in-congress-delegates/check-in-congress-delegates.command';
import { CheckInCongressDelegatesHandler } from './application/commands/check-in-congress-delegates/check-in-congress-delegates.handler';
import { OpenCongressRoundCommand } from './application/commands/open-congress-round/open-congress-round.command';
import { OpenCongressRoundHandler } from './application/commands/open-congress-round/open-congress-round.handler';
import { IssueCongressCredentialsCommand } from './application/commands/issue-congress-credentials/issue-congress-credentials.command';
import { IssueCongressCredentialsHandler } from './application/commands/issue-congress-credentials/issue-congress-credentials.handler';
import { CastCongressBallotCommand } from './application/commands/cast-congress-ballot/cast-congress-ballot.command';
import { CastCongressBallotHandler } from './application/commands/cast-congress-ballot/cast-congress-ballot.handler';
import { RecordCongressPaperCountCommand } from './application/commands/record-congress-paper-count/record-congress-paper-count.command';
import { RecordCongressPaperCountHandler } from './application/commands/record-congress-paper-count/record-congress-paper-count.handler';
import { CloseCongressRoundCommand } from './application/commands/close-congress-round/close-congress-round.command';
import { CloseCongressRoundHandler } from './application/commands/close-congress-round/close-congress-round.handler';
import { ELECTION_QUERY_HANDLERS } from './application/queries/election-query.handlers';
import { ElectionReader } from './application/queries/election-reader';
import { DelegateCodes } from './credentials/delegate-codes';
import { ELECTION_ENTITIES } from './infrastructure/election.orm-entities';
import { ElectionProjector } from './infrastructure/election.projector';

export const ELECTION_COMMANDS = [
  SetCongressElectionRulesCommand,
  RegisterCongressDelegatesCommand,
  CheckInCongressDelegatesCommand,
  CancelCongressCheckInCommand,
  OpenCongressRoundCommand,
  IssueCongressCredentialsCommand,
  CastCongressBallotCommand,
  RecordCongressPaperCountCommand,
  CloseCongressRoundCommand,
];

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
