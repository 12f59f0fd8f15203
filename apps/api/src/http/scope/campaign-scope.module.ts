import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { OrganisationModule } from '@app/organisation';
import { CampaignScopeGuard } from './campaign-scope.guard';

/**
 * Registers the campaign scope guard. Nest runs global guards in the order their modules are imported, so the
 * api imports this module after AuthModule (whose guard sets the person this one checks).
 */
@Module({ imports: [OrganisationModule], providers: [{ provide: APP_GUARD, useClass: CampaignScopeGuard }] })
export class CampaignScopeModule {}
