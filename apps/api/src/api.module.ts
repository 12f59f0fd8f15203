import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule, RateLimitModule } from '@app/auth';
import { CampaignQueriesModule } from '@app/campaign';
import { CandidacyQueriesModule } from '@app/candidacy';
import { AppConfigModule, LoggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { DevLoginController } from './http/auth/dev-login.controller';
import { CampaignEventsController } from './http/campaigns/campaign-events.controller';
import { CampaignsController } from './http/campaigns/campaigns.controller';
import { CandidaciesController } from './http/candidacies/candidacies.controller';
import { CommandGateway } from './http/commands/command-gateway';
import { CommandOutcomeWaiter } from './http/commands/command-outcome-waiter';
import { CommandsController } from './http/commands/commands.controller';
import { HealthController } from './http/health/health.controller';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    CqrsModule.forRoot(),
    AuthModule,
    RateLimitModule,
    TerminusModule,
    CampaignQueriesModule,
    CandidacyQueriesModule,
  ],
  controllers: [DevLoginController, CampaignsController, CampaignEventsController, CandidaciesController, CommandsController, HealthController],
  providers: [CommandGateway, CommandOutcomeWaiter],
})
export class ApiModule {}
