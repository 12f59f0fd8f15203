import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdoptChildFinalistsHandler } from './application/commands/adopt-child-finalists/adopt-child-finalists.handler';
import { DecideQualificationHandler } from './application/commands/decide-qualification/decide-qualification.handler';
import { EditCandidacyHandler } from './application/commands/edit-candidacy/edit-candidacy.handler';
import { SubmitCandidacyHandler } from './application/commands/submit-candidacy/submit-candidacy.handler';
import { WithdrawCandidacyHandler } from './application/commands/withdraw-candidacy/withdraw-candidacy.handler';
import { ProposalAttachments } from './attachments/proposal-attachments';
import { GetCandidacyHandler } from './application/queries/get-candidacy.handler';
import { ListCandidaciesHandler } from './application/queries/list-candidacies.handler';
import { ListChildCampaignsHandler } from './application/queries/list-child-campaigns.handler';
import { CandidacyOrmEntity } from './infrastructure/candidacy.orm-entity';
import { CandidacyProjector } from './infrastructure/candidacy.projector';

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([CandidacyOrmEntity])],
  providers: [
    SubmitCandidacyHandler,
    EditCandidacyHandler,
    WithdrawCandidacyHandler,
    DecideQualificationHandler,
    AdoptChildFinalistsHandler,
    CandidacyProjector,
  ],
})
export class CandidacyCommandsModule {}

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([CandidacyOrmEntity])],
  providers: [ListCandidaciesHandler, GetCandidacyHandler, ListChildCampaignsHandler, ProposalAttachments],
  exports: [ProposalAttachments],
})
export class CandidacyQueriesModule {}
