import { Module } from '@nestjs/common';
import { CampaignScope } from './campaign-scope';

@Module({ providers: [CampaignScope], exports: [CampaignScope] })
export class OrganisationModule {}
