import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdvanceCampaignStageHandler } from './application/commands/advance-campaign-stage/advance-campaign-stage.handler';
import { CreateCampaignHandler } from './application/commands/create-campaign/create-campaign.handler';
import { ExtendDeadlineHandler } from './application/commands/extend-deadline/extend-deadline.handler';
import { DiscardDraftCampaignHandler } from './application/commands/discard-draft-campaign/discard-draft-campaign.handler';
import { ReconfigureCampaignHandler } from './application/commands/reconfigure-campaign/reconfigure-campaign.handler';
import { GrantCampaignRoleHandler } from './application/commands/grant-campaign-role/grant-campaign-role.handler';
import { RevokeCampaignRoleHandler } from './application/commands/revoke-campaign-role/revoke-campaign-role.handler';
import { ListCampaignGrantsHandler } from './application/queries/list-campaign-grants.handler';
import { CampaignGrantsProjector } from './infrastructure/campaign-grants.projector';
import { GetAuditPeopleHandler, GetAuditTrailHandler, GetRefusedAttemptsHandler } from './application/queries/audit-trail.handler';
import { GetCampaignHandler } from './application/queries/get-campaign.handler';
import { ListCampaignsHandler } from './application/queries/list-campaigns.handler';
import { CampaignOrmEntity } from './infrastructure/campaign.orm-entity';
import { CampaignProjector } from './infrastructure/campaign.projector';

/** The write side, for the worker: command handlers and the in-transaction projector. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([CampaignOrmEntity])],
  providers: [
    CreateCampaignHandler,
    ReconfigureCampaignHandler,
    AdvanceCampaignStageHandler,
    DiscardDraftCampaignHandler,
    ExtendDeadlineHandler,
    GrantCampaignRoleHandler,
    RevokeCampaignRoleHandler,
    CampaignProjector,
    CampaignGrantsProjector,
  ],
})
export class CampaignCommandsModule {}

/** The read side, for the api. */
@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature([CampaignOrmEntity])],
  providers: [ListCampaignsHandler, GetCampaignHandler, GetAuditTrailHandler, GetRefusedAttemptsHandler, GetAuditPeopleHandler, ListCampaignGrantsHandler],
})
export class CampaignQueriesModule {}
