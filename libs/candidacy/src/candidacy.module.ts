import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecideQualificationCommand } from './application/commands/decide-qualification/decide-qualification.command';
import { DecideQualificationHandler } from './application/commands/decide-qualification/decide-qualification.handler';
import { EditCandidacyCommand } from './application/commands/edit-candidacy/edit-candidacy.command';
import { EditCandidacyHandler } from './application/commands/edit-candidacy/edit-candidacy.handler';
import { SubmitCandidacyCommand } from './application/commands/submit-candidacy/submit-candidacy.command';
import { SubmitCandidacyHandler } from './application/commands/submit-candidacy/submit-candidacy.handler';
import { WithdrawCandidacyCommand } from './application/commands/withdraw-candidacy/withdraw-candidacy.command';
import { WithdrawCandidacyHandler } from './application/commands/withdraw-candidacy/withdraw-candidacy.handler';
import { ProposalAttachments } from './attachments/proposal-attachments';
import { GetCandidacyHandler } from './application/queries/get-candidacy.handler';
import { ListCandidaciesHandler } from './application/queries/list-candidacies.handler';
import { CandidacyOrmEntity } from './infrastructure/candidacy.orm-entity';
import { CandidacyProjector } from './infrastructure/candidacy.projector';

export const CANDIDACY_COMMANDS = [SubmitCandidacyCommand, EditCandidacyCommand, WithdrawCandidacyCommand, DecideQualificationCommand];

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([CandidacyOrmEntity])],
  providers: [SubmitCandidacyHandler, EditCandidacyHandler, WithdrawCandidacyHandler, DecideQualificationHandler, CandidacyProjector],
})
export class CandidacyCommandsModule {}

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([CandidacyOrmEntity])],
  providers: [ListCandidaciesHandler, GetCandidacyHandler, ProposalAttachments],
  exports: [ProposalAttachments],
})
export class CandidacyQueriesModule {}
